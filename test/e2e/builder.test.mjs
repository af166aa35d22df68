// The embed-code builder, used as a webmaster would: pick options and colors, read the contrast
// warnings, copy the snippet, paste it into another site's page. The pasted snippet must work,
// integrity hash included, and a tampered file must be refused.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startStaticServer } from '../../scripts/lib/static-server.mjs';
import { DATA_COURT_ENDS, DATA_COURT_NUMBER, TEST_NOW } from '../../scripts/lib/test-clock.mjs';
import { launchBrowser, openRecordedPage, startHostOrigin, startScriptOrigin } from './support.mjs';

describe('the embed-code builder', () => {
  let site;
  let scriptOrigin;
  let browser;
  let snippet;

  before(async () => {
    site = await startStaticServer('.');
    scriptOrigin = await startScriptOrigin();
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await site?.close();
    await scriptOrigin?.close();
  });

  it('builds a snippet from the options, warns about low contrast, and previews it live', async () => {
    const { context, page, record } = await openRecordedPage(browser, { viewport: { width: 1280, height: 1000 } });
    try {
      await page.goto(`${site.url}/demo/builder.html`);
      await page.locator('#preview sca-campaign').waitFor();
      await page.locator('#layout').selectOption('accordion');
      await page.locator('#chamber').selectOption('house');
      await page.fill('#bill-house', 'H.2580');
      await page.fill('#cosponsors', 'ALS1, L M0');
      await page.fill('#organization', 'Merrimack "Valley" <Alliance>');
      await page.fill('#self-path', scriptOrigin.url);
      assert.match(await page.locator('#contrast').innerText(), /^(?!.*Below WCAG AA)/s, 'the default palette passes');
      await page.locator('input[name="color-accent"]').fill('#ffff00');
      await page.waitForTimeout(200);
      const contrast = await page.locator('#contrast').innerText();
      assert.match(contrast, /Below WCAG AA: Text on the accent \(buttons, badges\): 1\.\d\d:1/);
      snippet = await page.locator('#snippet').textContent();
      const manifest = JSON.parse(readFileSync('dist/manifest.json', 'utf8'));
      assert.ok(
        snippet.includes(
          `<script type="module" src="${scriptOrigin.url}/safe-communities.js" integrity="${manifest.files['safe-communities.js'].integrity}" crossorigin="anonymous"></script>`,
        ),
        snippet,
      );
      // The colors go in the site's stylesheet, said plainly: a pasted <style> fails under a strict style-src.
      assert.doesNotMatch(snippet, /<style|style=/);
      assert.match(await page.locator('#css').textContent(), /^sca-campaign \{\n  --sca-color-accent: #ffff00;\n\}$/);
      assert.match(await page.locator('#css-box').innerText(), /Additional CSS/);
      assert.match(
        snippet,
        /<sca-campaign layout="accordion" language-picker chamber="house" bill-house="H\.2580" bill-session="\d{3}" cosponsors="ALS1,L M0" organization="Merrimack &quot;Valley&quot; &lt;Alliance>">\n  <a href="https:\/\/malegislature\.gov\/Search\/FindMyLegislator" lang="en">Find your Massachusetts legislators<\/a>\n<\/sca-campaign>/,
      );
      const previewAccent = await page.evaluate(
        () => getComputedStyle(document.querySelector('#preview sca-campaign')).getPropertyValue('--sca-color-accent').trim(),
      );
      assert.equal(previewAccent, '#ffff00');
      await page.locator('#layout').selectOption('cards');
      await page.locator('input[name="host"][value="cdn"]').check();
      // The builder redraws after reading the preview's palette (asynchronous): wait for the new snippet.
      await page.waitForFunction(() => document.querySelector('#snippet').textContent.includes('cdn.jsdelivr.net'), null, { timeout: 5000 }).catch(() => undefined);
      const cdn = await page.locator('#snippet').textContent();
      assert.match(cdn, new RegExp(`https://cdn\\.jsdelivr\\.net/npm/safe-communities-widgets@${manifest.version.replace(/\./g, '\\.')}/dist/safe-communities\\.js`));
      // Languages: the default list writes nothing; leaving one out or adding a preview writes the list.
      assert.doesNotMatch(cdn, /languages=/);
      await page.locator('input[name="languages"][value="vi"]').uncheck();
      await page.locator('input[name="languages"][value="km"]').check();
      await page.waitForFunction(() => document.querySelector('#snippet').textContent.includes(' km"'), null, { timeout: 5000 }).catch(() => undefined);
      assert.match(await page.locator('#snippet').textContent(), / languages="en es pt-BR ht zh-Hans zh-Hant ar ru km"/);
      assert.match(await page.locator('#languages-hint').innerText(), /Preview/);
      // The link shown if the script cannot load speaks the language the partner fixes.
      const fallbackFor = async (lang) => {
        await page.locator('#lang').selectOption(lang);
        await page.waitForFunction((lang) => document.querySelector('#snippet').textContent.includes(lang ? ` lang="${lang}"` : '<a href'), lang, { timeout: 5000 });
        return /\n  (<a [^\n]*<\/a>)\n/.exec(await page.locator('#snippet').textContent())?.[1];
      };
      assert.equal(await fallbackFor('es'), '<a href="https://malegislature.gov/Search/FindMyLegislator">Consulte quién le representa ahora en la página oficial Find My Legislator (Encuentre a su legislador)</a>');
      assert.match(await fallbackFor('ar'), /^<a href="https:\/\/malegislature\.gov\/Search\/FindMyLegislator" dir="rtl">تحقّق [^<]+<\/a>$/);
      assert.equal(await fallbackFor('en'), '<a href="https://malegislature.gov/Search/FindMyLegislator">Find your Massachusetts legislators</a>');
      assert.deepEqual(record.pageErrors, []);
    } finally {
      await context.close();
    }
  });

  it('checks both palettes for "auto", points the explainer at its own file, and flags bad input', async () => {
    const { context, page } = await openRecordedPage(browser, { viewport: { width: 1280, height: 1000 } });
    try {
      await page.goto(`${site.url}/demo/builder.html`);
      await page.locator('#preview sca-campaign').waitFor();
      await page.locator('#theme').selectOption('auto');
      // Dark text is fine on the light palette and unreadable on the dark one.
      await page.locator('input[name="color-text"]').fill('#222222');
      await page.waitForTimeout(300);
      const contrast = await page.locator('#contrast').innerText();
      assert.match(contrast, /✓ Text on the background \(light system setting\)/);
      assert.match(contrast, /Below WCAG AA: Text on the background \(dark system setting\)/);
      assert.match(await page.locator('#contrast-summary').innerText(), /problems? to fix below/);
      await page.fill('#organization-url', 'javascript:alert(1)');
      await page.fill('#cosponsors', 'ALS1, XYZ9');
      await page.waitForTimeout(300);
      // Each problem beside its field, read with it, and counted in one status line.
      assert.match(await page.locator('#organization-url-problem').innerText(), /"javascript:alert\(1\)" is not an http\(s\) address/);
      const cosponsors = await page.locator('#cosponsors-problem').innerText();
      assert.match(cosponsors, /"XYZ9" is not the member code of a sitting legislator/);
      assert.doesNotMatch(cosponsors, /"ALS1" is not/);
      assert.equal(await page.locator('#cosponsors').getAttribute('aria-invalid'), 'true');
      assert.match(await page.locator('#cosponsors').getAttribute('aria-describedby'), /\bcosponsors-problem\b/);
      assert.equal(await page.locator('#bill-house-problem').count(), 0);
      assert.match(await page.locator('#field-summary').innerText(), /2 options need a look/);
      // A relative folder is questioned; a folder from the site's root is not.
      await page.fill('#self-path', 'safe-communities/1.0');
      await page.waitForTimeout(300);
      assert.match(await page.locator('#self-path-problem').innerText(), /relative folder.*Start it with \//);
      await page.fill('#self-path', '/safe-communities/1.0');
      await page.waitForTimeout(300);
      assert.equal(await page.locator('#self-path-problem').isHidden(), true);
      await page.fill('#cosponsors', 'ALS1');
      await page.waitForTimeout(300);
      assert.equal(await page.locator('#cosponsors').getAttribute('aria-invalid'), null);
      const snippet = await page.locator('#snippet').textContent();
      assert.doesNotMatch(snippet, /javascript:/);
      await page.locator('input[name="element"][value="sca-explainer"]').check();
      await page.waitForTimeout(300);
      const manifest = JSON.parse(readFileSync('dist/manifest.json', 'utf8'));
      const explainerSnippet = await page.locator('#snippet').textContent();
      assert.ok(explainerSnippet.includes(`safe-communities-explainer.js" integrity="${manifest.files['safe-communities-explainer.js'].integrity}"`), explainerSnippet);
    } finally {
      await context.close();
    }
  });

  it('offers the asks: says what each needs, flags an unknown also-contact token, and writes them into the snippet', async () => {
    const { context, page } = await openRecordedPage(browser, { viewport: { width: 1280, height: 1000 } });
    try {
      await page.goto(`${site.url}/demo/builder.html`);
      await page.locator('#preview sca-campaign').waitFor();
      await page.locator('#ask').selectOption('budget-amendment');
      await page.fill('#also-contact', 'speaker,committee:J22 , committee:J99, governor');
      await page.waitForTimeout(300);
      assert.match(await page.locator('#ask-hint').innerText(), /budget amendment numbers/);
      assert.match(await page.locator('#amendment-house-problem').innerText(), /add the House or Senate number/);
      const also = await page.locator('#also-contact-problem').innerText();
      assert.match(also, /"committee:J99" names no one/);
      assert.doesNotMatch(also, /"(committee:J22|speaker|governor)"/);
      assert.equal(await page.locator('#also-contact').getAttribute('aria-invalid'), 'true');
      await page.fill('#amendment-house', '1031');
      await page.fill('#also-contact', 'speaker, committee:J22, governor');
      await page.waitForTimeout(300);
      assert.equal(await page.locator('#also-contact').getAttribute('aria-invalid'), null);
      assert.equal(await page.locator('#amendment-house-problem').isHidden(), true);
      assert.doesNotMatch(await page.locator('#also-contact-problem').innerText(), /term has ended/);
      const snippet = await page.locator('#snippet').textContent();
      assert.match(snippet, / ask="budget-amendment"/);
      assert.match(snippet, / amendment-house="1031"/);
      assert.match(snippet, / also-contact="speaker, committee:J22, governor"/);
      await page.locator('#ask').selectOption('report-out');
      await page.waitForTimeout(300);
      assert.match(await page.locator('#ask-hint').innerText(), /committee:CODE/);
    } finally {
      await context.close();
    }
  });

  it('says when also-contact names people whose term has ended, as the widget then hides them', async () => {
    const ordinal = (n) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th')}`;
    const problemOn = async (now, tokens) => {
      const { context, page } = await openRecordedPage(browser, { now, viewport: { width: 1280, height: 1000 } });
      try {
        await page.goto(`${site.url}/demo/builder.html`);
        await page.locator('#preview sca-campaign').waitFor();
        await page.fill('#also-contact', tokens);
        await page.waitForTimeout(300);
        return { text: await page.locator('#also-contact-problem').innerText(), invalid: await page.locator('#also-contact').getAttribute('aria-invalid') };
      } finally {
        await context.close();
      }
    };
    // Inside the data's session the Speaker and the chairs are shown: the check runs (it flags the
    // unknown token) but finds no ended term.
    const during = await problemOn(TEST_NOW, 'speaker, committee:J22, member:XYZ9');
    assert.match(during.text, /XYZ9/);
    assert.doesNotMatch(during.text, /term has ended/);
    // The day the next General Court convenes (noon, Boston), with this version's data.
    const ended = await problemOn(Date.parse(`${DATA_COURT_ENDS}T17:00:00Z`), 'speaker, committee:J22');
    assert.match(ended.text, new RegExp(`not shown today: their term has ended \\(the ${ordinal(DATA_COURT_NUMBER)} General Court`));
    assert.doesNotMatch(ended.text, /names no one/, 'the tokens are known: only their terms have ended');
    assert.equal(ended.invalid, 'true');
  });

  it('writes https:// in front of an address typed without it, and says so', async () => {
    const { context, page } = await openRecordedPage(browser, { viewport: { width: 1280, height: 1000 } });
    try {
      await page.goto(`${site.url}/demo/builder.html`);
      await page.locator('#preview sca-campaign').waitFor();
      await page.fill('#organization-url', 'mvia.org/about');
      await page.waitForTimeout(300);
      assert.match(await page.locator('#snippet').innerText(), /organization-url="https:\/\/mvia\.org\/about"/);
      assert.match(await page.locator('#organization-url-problem').innerText(), /has no https:\/\/ in front.*https:\/\/mvia\.org\/about/s);
      // A path of the partner's own site is left as it is, without a warning.
      await page.fill('#organization-url', '/about-us');
      await page.waitForTimeout(300);
      assert.match(await page.locator('#snippet').innerText(), /organization-url="\/about-us"/);
      assert.equal((await page.locator('#organization-url-problem').innerText()).trim(), '');
    } finally {
      await context.close();
    }
  });

  it('opens the preview\'s dialog on the first click after a field was edited', async () => {
    const { context, page } = await openRecordedPage(browser, { viewport: { width: 1280, height: 1000 } });
    try {
      await page.goto(`${site.url}/demo/builder.html`);
      await page.locator('#preview sca-campaign').waitFor();
      await page.fill('#organization', 'MVIA');
      await page.waitForTimeout(300);
      // Leaving the field fires "change" as the pointer goes down on the button: the preview must stay.
      const before = await page.locator('#preview sca-campaign').elementHandle();
      await page.locator('#preview sca-campaign').locator('sca-contact').locator('button.open').click();
      await page.waitForTimeout(300);
      assert.equal(await before.evaluate((element) => element.isConnected), true, 'the preview was not rebuilt');
      assert.equal(await page.locator('#preview sca-campaign').locator('sca-contact').locator('dialog').evaluate((dialog) => dialog.open), true);
    } finally {
      await context.close();
    }
  });

  it('fits a 390 px phone without scrolling sideways', async () => {
    const { context, page } = await openRecordedPage(browser, { viewport: { width: 390, height: 844 } });
    try {
      await page.goto(`${site.url}/demo/builder.html`);
      await page.locator('#preview sca-campaign').waitFor();
      await page.locator('input[name="color-accent"]').fill('#0b5fff');
      await page.fill('#organization-url', 'ftp://a-rather-long-address.example.org/with/a/long/path/that/should/wrap');
      await page.waitForTimeout(300);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `the page is ${overflow}px wider than the phone`);
    } finally {
      await context.close();
    }
  });

  it('its snippet works as pasted into another site, and the integrity hash guards the file', async () => {
    assert.ok(snippet, 'the first test produced a snippet');
    const tampered = snippet.replace(/integrity="sha384-[^"]+"/, 'integrity="sha384-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"');
    const page = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title></head><body><h1>Partner</h1>\n${body}\n</body></html>`;
    const host = await startHostOrigin('builder', { 'pasted.html': { html: page(snippet) }, 'tampered.html': { html: page(tampered) } }, { 'favicon.ico': '' });
    try {
      const visit = async (file) => {
        const { context, page: tab, record } = await openRecordedPage(browser);
        await tab.goto(`${host.url}/${file}`);
        await tab.waitForTimeout(500);
        const rendered = await tab.evaluate(() => {
          const campaign = document.querySelector('sca-campaign');
          const explainer = campaign?.shadowRoot?.querySelector('sca-explainer');
          return {
            provisions: explainer?.shadowRoot?.querySelectorAll('[part~="provision-title"]').length ?? 0,
            partner: campaign?.shadowRoot?.querySelector('[part="partner"]')?.textContent.replace(/\s+/g, ' ').trim() ?? null,
            // Light-DOM content is visible only while the element is not upgraded.
            fallback: campaign?.shadowRoot ? null : (campaign?.querySelector('a')?.textContent ?? null),
          };
        });
        await context.close();
        return { rendered, record };
      };
      const pasted = await visit('pasted.html');
      assert.equal(pasted.rendered.provisions, 3);
      assert.match(pasted.rendered.partner, /Merrimack "Valley" <Alliance>$/);
      assert.deepEqual(pasted.record.consoleErrors, []);
      const refused = await visit('tampered.html');
      assert.equal(refused.rendered.provisions, 0);
      assert.equal(refused.rendered.fallback, 'Find your Massachusetts legislators', 'the fallback link shows instead');
      assert.ok(refused.record.consoleErrors.some((message) => /integrity/i.test(message)), 'the browser reports the integrity failure');
    } finally {
      await host.close();
    }
  });
});
