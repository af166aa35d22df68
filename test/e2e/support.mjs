// Shared pieces of the end-to-end tests: two local origins (the partner's page and the server
// the script is loaded from), Debian's chromium through playwright-core, and a record of
// every request the page made.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/lib/chromium.mjs';
import { startStaticServer } from '../../scripts/lib/static-server.mjs';
import { TEST_NOW } from '../../scripts/lib/test-clock.mjs';

/** Serves the repository's dist/ on 127.0.0.1 with CORS, as a CDN or a partner's own server would. */
export async function startScriptOrigin() {
  return startStaticServer('dist', {
    host: '127.0.0.1',
    headers: () => ({ 'access-control-allow-origin': '*' }),
  });
}

/**
 * Writes host pages into a folder and serves them on `localhost` (a different origin from the
 * script's), each with the response headers the page asks for.
 * @param {string} name
 * @param {Record<string, { html: string, headers?: Record<string, string> }>} pages
 * @param {Record<string, string>} [assets] extra files (stylesheets) by file name
 */
export async function startHostOrigin(name, pages, assets = {}) {
  const root = join('.tmp', 'e2e', name);
  mkdirSync(root, { recursive: true });
  for (const [file, page] of Object.entries(pages)) writeFileSync(join(root, file), page.html);
  for (const [file, content] of Object.entries(assets)) writeFileSync(join(root, file), content);
  return startStaticServer(root, {
    host: 'localhost',
    headers: (path) => pages[path.replace(/^\//, '')]?.headers ?? {},
  });
}

export async function launchBrowser() {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}

/**
 * Opens a page that records every request, every console error, every uncaught error and every
 * CSP violation the browser reports. The page's clock is fixed (scripts/lib/test-clock.mjs) unless
 * `now` says otherwise, so no test depends on today's date.
 * @param {import('playwright-core').Browser} browser
 * @param {import('playwright-core').BrowserContextOptions & { now?: number | string }} [options]
 */
export async function openRecordedPage(browser, { now = TEST_NOW, ...options } = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.clock.setFixedTime(now);
  const record = { requests: [], consoleErrors: [], pageErrors: [] };
  page.on('request', (request) => record.requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') record.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => record.pageErrors.push(String(error)));
  return { context, page, record };
}

/**
 * Whether a URL is one of the widget's own files on the script's origin: an entry, or a JSON file
 * beside it in catalogs/ (a language's messages, the district tables) that the build made.
 */
export function isWidgetFile(url, scriptUrl) {
  const { origin, pathname } = new URL(url);
  if (origin !== new URL(scriptUrl).origin) return false;
  const file = pathname.slice(new URL(scriptUrl).pathname.replace(/\/$/, '').length + 1);
  return /^safe-communities(\.iife|-explainer)?\.js$/.test(file) || (/^catalogs\/[\w.-]+\.json$/.test(file) && existsSync(join('dist', file)));
}

/** The widget's catalog requests, by kind: `es.page`, `es.dialog`, `districts`. */
export function catalogKinds(urls) {
  return urls.flatMap((url) => {
    const match = /\/catalogs\/(.+?)\.[0-9a-f]{10}\.json$/.exec(url);
    return match ? [match[1]] : [];
  });
}

/** Reads the cookies and web storage the page can see. */
export async function storageOf(page) {
  return page.evaluate(async () => ({
    cookie: document.cookie,
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    databases: (await indexedDB.databases()).length,
  }));
}

/** The text a reader sees in a located element: the invisible bidi isolates (FSI … PDI) left out. */
export async function seenText(locator) {
  return (await locator.innerText()).replace(/[\u2066-\u2069]/g, '');
}

/**
 * The set-up every partner-page test file shares: the script's origin, the partner's pages on
 * another origin, and a browser, started before the file's tests and closed after them.
 * `makePages` gets the script origin's URL and returns the pages (and stylesheets or other
 * assets) to serve; an empty favicon is always there, so no test sees a 404 in its console.
 * @param {string} name folder under .tmp/e2e
 * @param {(scriptUrl: string) => Promise<{ pages: Parameters<typeof startHostOrigin>[1], assets?: Record<string, string> }> | { pages: Parameters<typeof startHostOrigin>[1], assets?: Record<string, string> }} makePages
 * @returns {{ scriptUrl: string, hostUrl: string, browser: import('playwright-core').Browser }} filled in before the tests run
 */
export function usePartnerPage(name, makePages) {
  const partner = { scriptUrl: '', hostUrl: '', browser: /** @type {any} */ (null) };
  let script;
  let host;
  before(async () => {
    script = await startScriptOrigin();
    const { pages, assets = {} } = await makePages(script.url);
    host = await startHostOrigin(name, pages, { 'favicon.ico': '', ...assets });
    partner.browser = await launchBrowser();
    partner.scriptUrl = script.url;
    partner.hostUrl = host.url;
  });
  after(async () => {
    await partner.browser?.close();
    await host?.close();
    await script?.close();
  });
  return partner;
}
