// `npm run test:wordpress`: the WordPress plugin in a real WordPress (Debian's package, 6.1),
// with MariaDB and PHP's built-in server, all in a fresh temporary folder. It installs the
// Debian packages it lacks, builds the plugin and its zip, installs WordPress over HTTP, then
// drives Chromium: the administrator uploads and activates the zip and sets site defaults, an
// Author publishes a post with the shortcode and one with the block, a Contributor submits one,
// and each public page must show the widget pinned by its integrity hash, without console or
// page errors. Hostile shortcode attributes must come out escaped. Prints each phase's time and
// ends with "N passed, N failed". Stops MariaDB and PHP on the way out, whatever happens.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './lib/chromium.mjs';
import { ensureChromium, ensurePackages, packageVersion } from './lib/setup.mjs';
import { DATA_COURT_NUMBER, TEST_NOW } from './lib/test-clock.mjs';

const WORDPRESS = '/usr/share/wordpress';
const THEME = 'twentytwentythree';
/** Each Debian package, and how to tell it is there. */
const PACKAGES = [
  ['php-cli', () => hasCommand('php')],
  ['php-mysql', () => hasCommand('php') && execFileSync('php', ['-m'], { encoding: 'utf8' }).includes('mysqli')],
  ['php-xml', () => hasCommand('php') && execFileSync('php', ['-m'], { encoding: 'utf8' }).includes('xml')],
  ['php-mbstring', () => hasCommand('php') && execFileSync('php', ['-m'], { encoding: 'utf8' }).includes('mbstring')],
  ['mariadb-server', () => hasCommand('mariadbd') && hasCommand('mariadb-install-db')],
  ['wordpress', () => existsSync(`${WORDPRESS}/wp-settings.php`)],
  [`wordpress-theme-${THEME}`, () => existsSync(`${WORDPRESS}/wp-content/themes/${THEME}/style.css`)],
];
const ADMIN = { user: 'admin', password: `Admin-${randomBytes(6).toString('hex')}` };
const AUTHOR = { user: 'author', password: `Author-${randomBytes(6).toString('hex')}`, role: 'author' };
const CONTRIBUTOR = { user: 'contributor', password: `Contrib-${randomBytes(6).toString('hex')}`, role: 'contributor' };
const SESSION = String(DATA_COURT_NUMBER);

const started = Date.now();
const phases = [];
const results = { passed: 0, failed: 0 };
const processes = [];
let work = '';

async function phase(name, body) {
  const start = Date.now();
  try {
    return await body();
  } finally {
    const seconds = (Date.now() - start) / 1000;
    phases.push([name, seconds]);
    console.log(`-- ${name}: ${seconds.toFixed(1)} s`);
  }
}

/** One named check; a failure is counted and printed, and the run goes on. */
async function check(name, body) {
  try {
    await body();
    results.passed++;
    console.log(`ok ${name}`);
  } catch (error) {
    results.failed++;
    console.log(`not ok ${name}\n   ${String(error?.message ?? error).split('\n').join('\n   ')}`);
  }
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

function expectEqual(actual, expected, what) {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

function hasCommand(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/**
 * Debian's WordPress depends on Apache, whose package starts it on port 80 where services may
 * start. A policy-rc.d that says "no" (as Debian's container images ship) keeps apt from
 * starting Apache or MariaDB; one this script wrote is removed again.
 */
function installPackages(names) {
  const isRoot = process.getuid?.() === 0;
  const sudo = isRoot ? [] : ['sudo'];
  const policy = '/usr/sbin/policy-rc.d';
  const ownPolicy = !existsSync(policy);
  const run = (args) => {
    console.log(`$ ${[...sudo, ...args].join(' ')}`);
    execFileSync(sudo.length ? 'sudo' : args[0], sudo.length ? args : args.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  };
  try {
    if (ownPolicy) run(['sh', '-c', `printf '#!/bin/sh\\nexit 101\\n' > ${policy} && chmod +x ${policy}`]);
    run(['apt-get', 'update', '-qq']);
    run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...names]);
  } finally {
    if (ownPolicy) run(['rm', '-f', policy]);
  }
}

function missingPackages() {
  return PACKAGES.filter(([, present]) => !present()).map(([name]) => name);
}

async function freePort() {
  const server = createServer();
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  await new Promise((done) => server.close(done));
  return port;
}

/** Starts a long-running program in its own process group, so that stopping it stops its children. */
function startProcess(name, command, args, options = {}) {
  const log = join(work, `${name}.log`);
  writeFileSync(log, '');
  const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const chunks = [];
  child.stdout.on('data', (chunk) => chunks.push(chunk));
  child.stderr.on('data', (chunk) => chunks.push(chunk));
  child.on('exit', () => writeFileSync(log, Buffer.concat(chunks)));
  processes.push({ name, child, output: () => Buffer.concat(chunks).toString() });
  return child;
}

async function stopProcesses() {
  for (const { name, child } of processes.reverse()) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    const exited = new Promise((done) => child.once('exit', done));
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      continue;
    }
    const timeout = new Promise((done) => setTimeout(() => done('timeout'), 10000));
    if ((await Promise.race([exited, timeout])) === 'timeout') {
      console.log(`${name} did not stop in 10 s: killed`);
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
  }
}

async function waitFor(what, probe, timeoutMs = 30000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await probe()) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 200));
  }
}

async function startDatabase() {
  const datadir = join(work, 'db');
  const socket = join(work, 'mysqld.sock');
  mkdirSync(datadir);
  execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${datadir}`, '--user=root', '--auth-root-authentication-method=socket', '--skip-test-db'], { stdio: 'ignore' });
  const server = startProcess('mariadb', 'mariadbd', ['--no-defaults', `--datadir=${datadir}`, `--socket=${socket}`, '--skip-networking', '--user=root', `--pid-file=${join(work, 'mysqld.pid')}`]);
  const sql = (statement) => spawnSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-u', 'root', '-e', statement], { encoding: 'utf8' });
  await waitFor('MariaDB', () => {
    if (server.exitCode !== null) throw new Error(`mariadbd exited:\n${processes.at(-1).output()}`);
    return sql('SELECT 1').status === 0;
  });
  const password = randomBytes(12).toString('hex');
  const created = sql(`CREATE DATABASE wordpress; CREATE USER 'wordpress'@'localhost' IDENTIFIED BY '${password}'; GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';`);
  if (created.status !== 0) throw new Error(`creating the database failed: ${created.stderr}`);
  return { socket, password };
}

function writeSite(database, url) {
  const site = join(work, 'site');
  // A copy, so that nothing depends on /etc/wordpress or /var/lib/wordpress (Debian's layout).
  execFileSync('cp', ['-rL', WORDPRESS, site]);
  mkdirSync(join(site, 'wp-content', 'uploads'), { recursive: true });
  const salts = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT']
    .map((name) => `define('${name}', '${randomBytes(24).toString('hex')}');`)
    .join('\n');
  writeFileSync(
    join(site, 'wp-config.php'),
    `<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', '${database.password}');
define('DB_HOST', 'localhost:${database.socket}');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
${salts}
$table_prefix = 'wp_';
define('WP_HOME', '${url}');
define('WP_SITEURL', '${url}');
define('WP_DEBUG', true);
define('WP_DEBUG_LOG', '${join(work, 'debug.log')}');
define('WP_DEBUG_DISPLAY', false);
define('DISABLE_WP_CRON', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('FS_METHOD', 'direct');
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`,
  );
  return site;
}

async function installWordPress(url) {
  const form = new URLSearchParams({
    weblog_title: 'Safe Communities test site',
    user_name: ADMIN.user,
    admin_password: ADMIN.password,
    admin_password2: ADMIN.password,
    admin_email: 'admin@example.org',
    blog_public: '0',
    language: '',
  });
  const response = await fetch(`${url}/wp-admin/install.php?step=2`, { method: 'POST', body: form });
  const body = await response.text();
  if (!response.ok || !body.includes('WordPress has been installed')) {
    throw new Error(`the installer did not finish (HTTP ${response.status}):\n${body.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').slice(0, 600)}`);
  }
}

async function logIn(browser, url, account) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${url}/wp-login.php`);
  await page.fill('#user_login', account.user);
  await page.fill('#user_pass', account.password);
  await Promise.all([page.waitForURL(/wp-admin/), page.click('#wp-submit')]);
  const nonce = await (await context.request.get(`${url}/wp-admin/admin-ajax.php?action=rest-nonce`)).text();
  expect(/^[0-9a-f]{10}$/.test(nonce), `no REST nonce for ${account.user}: ${nonce.slice(0, 200)}`);
  /** A REST call with this user's cookie and nonce; throws on an HTTP error. */
  const rest = async (method, route, data) => {
    const [path, query] = route.split('?');
    const response = await context.request.fetch(`${url}/?rest_route=${encodeURIComponent(path)}${query ? `&${query}` : ''}`, {
      method,
      headers: { 'x-wp-nonce': nonce },
      ...(data ? { data } : {}),
    });
    const body = await response.json();
    if (!response.ok()) throw new Error(`${method} ${route} as ${account.user}: HTTP ${response.status()} ${JSON.stringify(body).slice(0, 300)}`);
    return body;
  };
  return { context, page, rest };
}

/** A block comment as the editor writes it: attribute JSON with <, >, &, " and -- escaped. */
function blockMarkup(attributes) {
  const json = JSON.stringify(attributes).replace(/--/g, '\\u002d\\u002d').replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\\"/g, '\\u0022');
  return `<!-- wp:safe-communities/campaign ${json} /-->`;
}

/** Opens a public page as a visitor on the tests' fixed clock, recording errors and responses. */
async function visit(browser, link, setUp) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.clock.setFixedTime(TEST_NOW);
  const record = { consoleErrors: [], pageErrors: [], failed: [], responses: [] };
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') record.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => record.pageErrors.push(String(error)));
  page.on('response', (response) => {
    record.responses.push({ url: response.url(), status: response.status() });
    if (response.status() >= 400) record.failed.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => record.failed.push(`${request.failure()?.errorText} ${request.url()}`));
  await setUp?.(page);
  await page.goto(link);
  return { context, page, record };
}

/** What every public page with a widget must show. */
async function expectWidget(page, record, { element, integrity, provisions = 3 }) {
  await page.locator(`${element} [part~="provision"]`).first().waitFor({ state: 'visible', timeout: 15000 });
  expectEqual(await page.locator(`${element} [part~="provision"]`).count(), provisions, `provisions in <${element}>`);
  const scripts = await page.locator('script[src*="safe-communities.iife.js"]').evaluateAll((tags) =>
    tags.map((tag) => ({ src: tag.getAttribute('src'), integrity: tag.getAttribute('integrity'), crossorigin: tag.getAttribute('crossorigin') })),
  );
  expectEqual(scripts.length, 1, 'script tags for the widget');
  expectEqual(scripts[0].integrity, integrity, 'the script tag\'s integrity');
  expectEqual(scripts[0].crossorigin, 'anonymous', 'the script tag\'s crossorigin');
  expect(scripts[0].src.includes('/wp-content/plugins/safe-communities-widgets/widget/'), `script from ${scripts[0].src}, not the plugin's folder`);
  // The widget's next frame: its contact action (if any) renders after the provisions.
  await page.waitForTimeout(300);
  expectEqual(record.pageErrors, [], 'page errors');
  expectEqual(record.consoleErrors, [], 'console errors and warnings');
  expectEqual(record.failed, [], 'failed requests');
}

async function main() {
  ensurePackages();
  ensureChromium();
  work = mkdtempSync(join(tmpdir(), 'sca-wordpress-'));
  const version = packageVersion();

  await phase('Debian packages', () => {
    const missing = missingPackages();
    if (missing.length) installPackages(missing);
    const still = missingPackages();
    if (still.length) throw new Error(`still missing after apt-get: ${still.join(', ')}`);
  });

  const zip = await phase('build the plugin', () => {
    if (!existsSync('dist/manifest.json')) execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
    execFileSync('node', ['scripts/wordpress-plugin.mjs'], { stdio: 'inherit' });
    return resolve('release', `safe-communities-widgets-wordpress-${version}.zip`);
  });
  const manifest = JSON.parse(readFileSync('wordpress/build/safe-communities-widgets/widget/manifest.json', 'utf8'));
  const integrity = manifest.files['safe-communities.iife.js'].integrity;

  await check('every PHP file of the plugin passes php -l', () => {
    const files = [];
    const walk = (dir) => readdirSync(dir, { withFileTypes: true }).forEach((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith('.php') && files.push(join(dir, entry.name))));
    walk('wordpress/safe-communities-widgets');
    expect(files.length >= 6, `only ${files.length} PHP files found`);
    for (const file of files) {
      const lint = spawnSync('php', ['-l', file], { encoding: 'utf8' });
      expect(lint.status === 0, `${file}: ${lint.stdout}${lint.stderr}`);
    }
  });

  const database = await phase('MariaDB', startDatabase);

  const url = await phase('WordPress', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const site = writeSite(database, base);
    const server = startProcess('php', 'php', ['-S', `127.0.0.1:${port}`, '-t', site], { env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' } });
    await waitFor('PHP\'s server', async () => {
      if (server.exitCode !== null) throw new Error(`php -S exited:\n${processes.at(-1).output()}`);
      return fetch(`${base}/wp-login.php`).then(() => true, () => false);
    });
    await installWordPress(base);
    return base;
  });

  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
  try {
    const admin = await phase('admin: upload, activate, defaults, users', async () => {
      const admin = await logIn(browser, url, ADMIN);
      const { page } = admin;
      await check('the release zip installs through Plugins → Add New → Upload and activates', async () => {
        await page.goto(`${url}/wp-admin/plugin-install.php?tab=upload`);
        await page.setInputFiles('#pluginzip', zip);
        await Promise.all([page.waitForLoadState('load'), page.click('#install-plugin-submit')]);
        await page.getByText('Plugin installed successfully.').waitFor({ timeout: 30000 });
        await Promise.all([page.waitForURL(/plugins\.php/), page.getByRole('link', { name: 'Activate Plugin' }).click()]);
        await page.getByText('Plugin activated.').waitFor();
        expect(existsSync(join(work, 'site/wp-content/plugins/safe-communities-widgets/widget/catalogs')), 'widget/catalogs/ was not installed');
        expectEqual(await page.locator('.notice-error').count(), 0, 'error notices on the plugins page');
      });
      await check('Settings → Safe Communities saves valid defaults and refuses a colour that is not hex', async () => {
        await page.goto(`${url}/wp-admin/options-general.php?page=safe-communities`);
        await page.selectOption('#safe_communities_language_picker', 'yes');
        await page.fill('#safe_communities_bill_session', SESSION);
        await page.fill('#safe_communities_organization', 'Merrimack Valley Immigrant Alliance');
        await page.fill('#safe_communities_color_surface_alt', '#FFF4E0');
        // The browser's own pattern check aside: the server must refuse it too.
        await page.locator('#safe_communities_color_text').evaluate((input) => input.removeAttribute('pattern'));
        await page.fill('#safe_communities_color_text', 'red; background: url(x)');
        // A refused value is named in the notice: as text, never as markup.
        await page.locator('#safe_communities_color_link').evaluate((input) => input.removeAttribute('pattern'));
        await page.fill('#safe_communities_color_link', '<img src=x onerror="window.__xss=1">');
        await Promise.all([page.waitForURL(/settings-updated=true/), page.click('#submit')]);
        await page.locator('.notice-error, .error').filter({ hasText: 'not an allowed value' }).first().waitFor({ timeout: 5000 });
        expectEqual(await page.locator('.notice-error img, .error img').count(), 0, 'an <img> from the refused value in the notice');
        expect(await page.locator('.notice-error, .error').filter({ hasText: '<img src=x onerror=' }).count(), 'the refused value is shown as text');
        expectEqual(await page.evaluate(() => window.__xss ?? null), null, 'the refused value ran');
        expectEqual(await page.inputValue('#safe_communities_color_surface_alt'), '#fff4e0', 'saved surface-alt colour');
        expectEqual(await page.inputValue('#safe_communities_color_text'), '', 'saved text colour');
        expectEqual(await page.inputValue('#safe_communities_bill_session'), SESSION, 'saved bill session');
      });
      await check('the administrator creates an Author and a Contributor (REST)', async () => {
        for (const account of [AUTHOR, CONTRIBUTOR]) {
          await admin.rest('POST', '/wp/v2/users', { username: account.user, password: account.password, email: `${account.user}@example.org`, roles: [account.role] });
        }
      });
      return admin;
    });

    const posts = await phase('Author and Contributor: posts through kses', async () => {
      const author = await logIn(browser, url, AUTHOR);
      const contributor = await logIn(browser, url, CONTRIBUTOR);
      const shortcode = `[safe_communities layout="list" bill_house="H.2580" bill_senate="S.1681" bill_session="${SESSION}" cosponsors="ALS1" color_accent="#0A5C36" label="Call your legislators today"]`;
      const blockAttributes = { layout: 'accordion', lang: 'es', billHouse: 'H.2580', billSession: SESSION, organization: 'Coalición "Juntos" & amigos' };
      const block = blockMarkup(blockAttributes);
      const contributed = `[safe_communities elements="explainer" hide_faq="yes" theme="dark"]`;
      const posts = {};
      await check('the Author has no unfiltered_html and cannot open Settings → Safe Communities', async () => {
        const me = await author.rest('GET', '/wp/v2/users/me', undefined).catch(() => null);
        expect(me && me.id, 'no user record for the Author');
        const response = await author.page.goto(`${url}/wp-admin/options-general.php?page=safe-communities`);
        expect(response.status() === 403 || (await author.page.content()).includes('not allowed'), `the Author reached the settings page (HTTP ${response.status()})`);
        const draft = await author.rest('POST', '/wp/v2/posts', { title: 'kses probe', content: '<script>1</script>x', status: 'draft' });
        const raw = (await author.rest('GET', `/wp/v2/posts/${draft.id}?context=edit`, undefined)).content.raw;
        expect(!raw.includes('<script>'), `kses left a <script> in the Author's post: ${raw}`);
      });
      for (const [name, account, content, status] of [
        ['shortcode', author, shortcode, 'publish'],
        ['block', author, block, 'publish'],
        ['contributor', contributor, contributed, 'pending'],
      ]) {
        await check(`the ${name} post keeps its ${name === 'block' ? 'block' : 'shortcode'} as saved (kses)`, async () => {
          const post = await account.rest('POST', '/wp/v2/posts', { title: `Safe Communities: ${name}`, content, status });
          const raw = (await account.rest('GET', `/wp/v2/posts/${post.id}?context=edit`, undefined)).content.raw;
          if (name === 'block') {
            // WordPress runs kses on each block attribute of a user without unfiltered_html,
            // which writes a text's & as &amp; (the widget shows & again: checked on the page).
            const saved = /^<!-- wp:safe-communities\/campaign (\{.*\}) \/-->$/.exec(raw);
            expect(saved, `the block comment did not survive: ${raw}`);
            const attributes = JSON.parse(saved[1]);
            expectEqual({ ...attributes, organization: attributes.organization.replace(/&amp;/g, '&') }, blockAttributes, 'the saved block attributes');
          } else expectEqual(raw, content, 'the saved content');
          posts[name] = post;
        });
      }
      await check('the administrator publishes the Contributor\'s pending post', async () => {
        expect(posts.contributor, 'no contributor post');
        posts.contributor = await admin.rest('POST', `/wp/v2/posts/${posts.contributor.id}`, { status: 'publish' });
        expectEqual(posts.contributor.status, 'publish', 'status');
      });
      await check('a hostile shortcode (saved by the administrator, unfiltered) is accepted as content', async () => {
        const hostile = [
          '[safe_communities',
          ` elements="script" organization='Say "hi" <script>window.__scaPwned=1</script>'`,
          ` label="It's <b>bold</b> & more" layout='list" onmouseover="window.__scaPwned=2'`,
          ` color_accent='red;}</style><script>window.__scaPwned=3</script>' color_link="#12345"`,
          ` bill_house='H.1" autofocus onfocus="window.__scaPwned=4' organization_url="javascript:alert(1)"`,
          ` lang="xx" languages="en es xx pt-br" heading_level="9" cosponsors="ALS1,<img src=x>" bill_session="${SESSION}"]`,
        ].join('');
        const hostileBlock = blockMarkup({ layout: '"><script>window.__scaPwned=5</script>', colorAccent: 'expression(alert(1))', theme: 'dark', elements: 'contact', label: '</sca-contact><script>window.__scaPwned=6</script>' });
        posts.hostile = await admin.rest('POST', '/wp/v2/posts', { title: 'Safe Communities: hostile', content: `${hostile}\n\n${hostileBlock}`, status: 'publish' });
      });
      await check('in the block editor the Author inserts the block, sets options in its sidebar, and saves', async () => {
        const { page } = author;
        const errors = [];
        page.on('pageerror', (error) => errors.push(String(error)));
        // The editor's own requests to other sites (blocked here) and to REST routes an Author
        // may not use fail as they would anywhere; the plugin's files and scripts must not.
        page.on('console', (message) => message.type() === 'error' && !message.text().startsWith('Failed to load resource') && errors.push(message.text()));
        page.on('response', (response) => response.status() >= 400 && response.url().includes('safe-communities') && errors.push(`${response.status()} ${response.url()}`));
        await page.goto(`${url}/wp-admin/post-new.php`);
        await page.waitForFunction(() => window.wp?.blocks?.getBlockType('safe-communities/campaign'), null, { timeout: 30000 });
        await page.evaluate(() => {
          window.wp.data.dispatch('core/edit-post').toggleFeature?.('welcomeGuide');
          window.wp.data.dispatch('core/editor').editPost({ title: 'Safe Communities: editor' });
          const block = window.wp.blocks.createBlock('safe-communities/campaign', {});
          window.wp.data.dispatch('core/block-editor').insertBlocks(block);
          window.wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
          window.wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
        });
        const layout = page.locator('.interface-complementary-area select').filter({ has: page.locator('option[value="accordion"]') });
        await layout.selectOption('accordion');
        const billHouse = page.locator('.interface-complementary-area').getByLabel('House bill or amendment number');
        await billHouse.fill('H.2580');
        await page.evaluate(() => window.wp.data.dispatch('core/editor').savePost());
        await page.waitForFunction(() => !window.wp.data.select('core/editor').isSavingPost() && window.wp.data.select('core/editor').getCurrentPostId(), null, { timeout: 15000 });
        const id = await page.evaluate(() => window.wp.data.select('core/editor').getCurrentPostId());
        const raw = (await author.rest('GET', `/wp/v2/posts/${id}?context=edit`, undefined)).content.raw;
        expectEqual(raw, '<!-- wp:safe-communities/campaign {"layout":"accordion","billHouse":"H.2580"} /-->', 'the saved block');
        expectEqual(errors, [], 'editor errors');
      });
      await author.context.close();
      await contributor.context.close();
      return posts;
    });

    await phase('public pages', async () => {
      await check('the shortcode post shows the campaign, pinned, with its colours from a stylesheet', async () => {
        const { context, page, record } = await visit(browser, posts.shortcode.link);
        await expectWidget(page, record, { element: 'sca-campaign', integrity });
        const widget = page.locator('sca-campaign');
        expectEqual(await widget.getAttribute('layout'), 'list', 'layout');
        expectEqual(await widget.getAttribute('cosponsors'), 'ALS1', 'cosponsors');
        expectEqual(await widget.getAttribute('bill-session'), SESSION, 'bill-session');
        expectEqual(await widget.getAttribute('organization'), 'Merrimack Valley Immigrant Alliance', 'organization (site default)');
        expect((await widget.getAttribute('language-picker')) !== null, 'language-picker (site default) missing');
        expectEqual(await widget.getAttribute('style'), null, 'style attribute');
        expectEqual(await page.locator('sca-campaign [part~="button"]').innerText(), 'Call your legislators today', 'the button\'s text');
        const colors = await widget.evaluate((element) => ({
          accent: getComputedStyle(element).getPropertyValue('--sca-color-accent').trim(),
          surfaceAlt: getComputedStyle(element).getPropertyValue('--sca-color-surface-alt').trim(),
          inline: [...document.querySelectorAll('style')].some((style) => style.textContent.includes('--sca-color')),
          sheets: [...document.styleSheets].filter((sheet) => sheet.href?.includes('safe_communities_colors')).map((sheet) => sheet.href),
        }));
        expectEqual([colors.accent, colors.surfaceAlt], ['#0a5c36', '#fff4e0'], 'the widget\'s accent and surface-alt colours');
        expect(!colors.inline, 'a <style> element sets --sca-color-*');
        expectEqual(colors.sheets.length, 1, 'colour stylesheets');
        expect(colors.sheets[0].startsWith(url), `colour stylesheet from another origin: ${colors.sheets[0]}`);
        await context.close();
      });

      await check('under style-src \'self\' the colours still apply (no inline style needed)', async () => {
        const { context, page } = await visit(browser, posts.shortcode.link, (page) =>
          page.route((address) => address.href === posts.shortcode.link, async (route) => {
            const response = await route.fetch();
            await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': "style-src 'self'" } });
          }),
        );
        await page.locator('sca-campaign [part~="provision"]').first().waitFor({ state: 'visible', timeout: 15000 });
        const accent = await page.locator('sca-campaign [part~="number"]').first().evaluate((badge) => getComputedStyle(badge).backgroundColor);
        expectEqual(accent, 'rgb(10, 92, 54)', 'the number badge\'s background (accent colour)');
        await context.close();
      });

      await check('the block post shows the campaign in Spanish, its catalog from the plugin\'s folder', async () => {
        const { context, page, record } = await visit(browser, posts.block.link);
        await expectWidget(page, record, { element: 'sca-campaign', integrity });
        const widget = page.locator('sca-campaign');
        expectEqual(await widget.getAttribute('layout'), 'accordion', 'layout');
        expectEqual(await widget.getAttribute('organization'), 'Coalición "Juntos" & amigos', 'organization (quotes and & as typed)');
        expect((await widget.getAttribute('class'))?.split(' ').includes('wp-block-safe-communities-campaign'), 'block class missing');
        expectEqual(await page.locator('sca-campaign [part~="container"]').first().getAttribute('lang'), 'es', 'the widget\'s language');
        const catalog = record.responses.find((response) => /\/widget\/catalogs\/es\.page\.[0-9a-f]{10}\.json$/.test(response.url));
        expect(catalog?.status === 200, `the Spanish catalog was not fetched from the plugin folder: ${JSON.stringify(catalog)}`);
        await context.close();
      });

      await check('the link each element holds until the script runs is in the widget\'s language (English, marked, when it follows the page)', async () => {
        const fallback = async (link) => /<a href="https:\/\/malegislature\.gov\/Search\/FindMyLegislator"([^>]*)>([^<]*)<\/a><\/sca-campaign>/.exec(await (await fetch(link)).text());
        const spanish = await fallback(posts.block.link);
        expectEqual(spanish?.[2], 'Consulte quién le representa ahora en la página oficial Find My Legislator (Encuentre a su legislador)', 'the block post\'s fallback link (lang es)');
        expectEqual(spanish?.[1], '', 'the Spanish link\'s own attributes (the element\'s lang covers it)');
        const english = await fallback(posts.shortcode.link);
        expectEqual(english?.[2], 'Find your Massachusetts legislators', 'the shortcode post\'s fallback link (no lang)');
        expectEqual(english?.[1], ' lang="en"', 'the English link, marked as English');
      });

      await check('the Contributor\'s post shows the explainer alone', async () => {
        const { context, page, record } = await visit(browser, posts.contributor.link);
        await expectWidget(page, record, { element: 'sca-explainer', integrity });
        expectEqual(await page.locator('sca-explainer').getAttribute('theme'), 'dark', 'theme');
        expectEqual(await page.locator('sca-explainer [part~="faq"]').count(), 0, 'common questions (hidden)');
        expectEqual(await page.locator('sca-campaign, sca-contact').count(), 0, 'other widgets');
        await context.close();
      });

      await check('a page without the shortcode or block does not load the script', async () => {
        const response = await fetch(`${url}/?p=1`);
        const html = await response.text();
        expect(response.ok && html.includes('Hello world'), `the sample post did not load (HTTP ${response.status})`);
        expect(!html.includes('safe-communities.iife.js'), 'the widget script is on a page without a widget');
      });

      await check('hostile shortcode and block values come out escaped, checked, and harmless', async () => {
        const html = await (await fetch(posts.hostile.link)).text();
        const tags = [...html.matchAll(/<sca-(campaign|explainer|contact)\b[^>]*>/g)].map((match) => match[0]);
        expectEqual(tags.length, 2, 'widget elements in the page');
        expectEqual((html.match(/<\/sca-(campaign|contact)>/g) ?? []).length, 2, 'closed widget elements');
        // Exactly what the plugin writes: invalid values dropped, the rest escaped by esc_attr;
        // elements="script" falls back to the campaign, the block's label was only tags.
        const colors = 'class="sca-colors-[0-9a-f]{12}"';
        const campaign = new RegExp(`^<sca-campaign language-picker languages="en es pt-BR" bill-session="${SESSION}" cosponsors="ALS1" label="It&#039;s bold &amp; more" organization="Say &quot;hi&quot;" ${colors}>$`);
        const contact = new RegExp(`^<sca-contact theme="dark" language-picker bill-session="${SESSION}" organization="Merrimack Valley Immigrant Alliance" class="wp-block-safe-communities-campaign sca-colors-[0-9a-f]{12}">$`);
        expect(campaign.test(tags[0]), `the campaign's tag: ${tags[0]}`);
        expect(contact.test(tags[1]), `the contact's tag: ${tags[1]}`);
        for (const tag of tags) expect(!/<script|\son[a-z]+=|javascript:|expression\(/i.test(tag), `unsafe markup in ${tag}`);
        const { context, page, record } = await visit(browser, posts.hostile.link);
        await expectWidget(page, record, { element: 'sca-campaign', integrity });
        const values = await page.evaluate(() => {
          const campaign = document.querySelector('sca-campaign');
          return {
            pwned: window.__scaPwned ?? null,
            organization: campaign.getAttribute('organization'),
            label: campaign.getAttribute('label'),
            languages: campaign.getAttribute('languages'),
            cosponsors: campaign.getAttribute('cosponsors'),
            contactLabel: document.querySelector('sca-contact').getAttribute('label'),
          };
        });
        expectEqual(values, { pwned: null, organization: 'Say "hi"', label: 'It\'s bold & more', languages: 'en es pt-BR', cosponsors: 'ALS1', contactLabel: null }, 'the values as the widget reads them');
        await context.close();
      });
    });

    await check('PHP logged no warning or notice from the plugin', () => {
      const log = existsSync(join(work, 'debug.log')) ? readFileSync(join(work, 'debug.log'), 'utf8') : '';
      const ours = log.split('\n').filter((line) => line.includes('safe-communities-widgets'));
      expectEqual(ours, [], 'debug.log lines naming the plugin');
    });
    await admin.context.close();
  } finally {
    await browser.close();
  }
}

let crashed = null;
const stopOnSignal = (signal) => {
  stopProcesses().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
};
process.once('SIGINT', stopOnSignal);
process.once('SIGTERM', stopOnSignal);
try {
  await main();
} catch (error) {
  crashed = error;
  console.error(`test:wordpress stopped: ${error?.stack ?? error}`);
  for (const { name, output } of processes) console.error(`--- ${name} output (last 2000 characters) ---\n${output().slice(-2000)}`);
} finally {
  await phase('stop MariaDB and PHP', stopProcesses);
  if (work && !process.env.KEEP_WORDPRESS) rmSync(work, { recursive: true, force: true });
  else if (work) console.log(`kept ${work}`);
}
console.log('\nphases:');
for (const [name, seconds] of phases) console.log(`  ${name.padEnd(44)} ${seconds.toFixed(1).padStart(6)} s`);
console.log(`  ${'total'.padEnd(44)} ${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s`);
console.log(`\n${results.passed} passed, ${results.failed} failed`);
process.exit(crashed || results.failed > 0 || results.passed === 0 ? 1 : 0);
