// The built bundle under conditions a partner's page or a reader's device imposes: the host's
// own modal <dialog> already open, a 360px phone, 200% zoom (a 640px viewport at device scale
// 2, and CSS `zoom: 2` on the root), and a whole contact flow with every request logged.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { catalogKinds, isWidgetFile, openRecordedPage, seenText, storageOf, usePartnerPage } from './support.mjs';
import { DATA_COURT_NUMBER } from '../../scripts/lib/test-clock.mjs';

const hostCss = `
body { margin: 0; padding: 16px; font-family: 'DejaVu Sans', sans-serif; }
#host-modal { padding: 2em; }
`;

function hostPage(scriptUrl) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Partner page</title>
<link rel="stylesheet" href="/site.css">
<script type="module" src="${scriptUrl}/safe-communities.js"></script>
</head>
<body>
<h1>Our partner organization</h1>
<p>Text of the host page.</p>
<sca-explainer></sca-explainer>
<sca-contact bill-house="H.2580" bill-senate="S.1681" bill-session="${DATA_COURT_NUMBER}"></sca-contact>
<dialog id="host-modal" aria-labelledby="host-modal-title">
  <h2 id="host-modal-title">Sign up for our newsletter</h2>
  <label>Email <input id="host-email" type="email"></label>
  <form method="dialog"><button id="host-close">Close</button></form>
</dialog>
</body>
</html>`;
}

/**
 * Every element with a part attribute in the widgets' shadow roots that is rendered: its box
 * must lie within the viewport's width, and it must not overflow horizontally itself.
 * With CSS `zoom` on the root, boxes come back zoomed, so they are measured against innerWidth.
 */
function partsOutsideViewport() {
  const roots = [...document.querySelectorAll('sca-explainer, sca-contact')].map((host) => host.shadowRoot);
  const zoom = parseFloat(getComputedStyle(document.documentElement).zoom) || 1;
  const width = zoom === 1 ? document.documentElement.clientWidth : innerWidth;
  const problems = [];
  let checked = 0;
  for (const root of roots) {
    for (const element of root.querySelectorAll('[part]')) {
      if (!element.checkVisibility()) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      checked++;
      const overflow = element.scrollWidth - element.clientWidth;
      if (box.left < -0.5 || box.right > width + 0.5 || overflow > 1) {
        problems.push(
          `${root.host.localName} [part="${element.getAttribute('part')}"]: ${Math.round(box.left)}..${Math.round(box.right)} of ${width}px` +
            (overflow > 1 ? `, content ${overflow}px wider than the box` : ''),
        );
      }
    }
  }
  // On a phone, innerWidth grows with content wider than the screen (the browser zooms out),
  // so the page's overflow is measured against the layout viewport's clientWidth as well.
  const pageOverflow = document.documentElement.scrollWidth - Math.min(innerWidth, document.documentElement.clientWidth);
  return { zoom, checked, problems, pageOverflow, innerWidth };
}

describe('the widget under host and device conditions', () => {

  const partner = usePartnerPage('host-conditions', async (scriptUrl) => {
    return { pages: { 'index.html': { html: hostPage(scriptUrl) } }, assets: { 'site.css': hostCss } };
  });

  async function onPage(contextOptions, steps) {
    const { context, page, record } = await openRecordedPage(partner.browser, { locale: 'en-US', ...contextOptions });
    try {
      await page.goto(`${partner.hostUrl}/index.html`);
      await page.locator('sca-explainer [part~="provision-title"]').first().waitFor({ state: 'visible', timeout: 10000 });
      await steps(page, record, context);
      assert.deepEqual(record.pageErrors, [], 'no uncaught error');
      assert.deepEqual(record.consoleErrors, [], 'no console error or warning');
    } finally {
      await context.close();
    }
  }

  async function showAbington(page) {
    const town = page.locator('sca-contact #town');
    await town.waitFor();
    await town.fill('Abington');
    await page.keyboard.press('Enter');
    await page.locator('sca-contact .reason').waitFor();
    assert.equal(await page.locator('sca-contact [part="legislator"]').count(), 2);
  }

  it("the host's own modal dialog is open: ours opens on top of it and works", async () => {
    await onPage({ viewport: { width: 1024, height: 768 } }, async (page) => {
      await page.evaluate(() => document.getElementById('host-modal').showModal());
      // The host's modal makes the rest of the page inert: a real click on our button does nothing.
      const button = await page.locator('sca-contact [part="button"]').boundingBox();
      await page.mouse.click(button.x + button.width / 2, button.y + button.height / 2);
      const clicked = await page.evaluate(() => document.querySelector('sca-contact').shadowRoot.querySelector('dialog').open);
      assert.equal(clicked, false, 'the inert button did not open the dialog');

      // A script (the partner's "contact your legislator" link in their own modal, say) calls open().
      // Chromium stacks a second modal dialog above the first in the top layer and makes the
      // first inert; if a browser refused instead, showModal() would throw here.
      const refused = await page.evaluate(async () => {
        try {
          // open() resolves once the dialog is up (its district tables come first).
          await document.querySelector('sca-contact').open();
          return null;
        } catch (error) {
          return String(error);
        }
      });
      assert.equal(refused, null, `open() threw while the host's modal was open: ${refused}`);
      const state = await page.evaluate(() => {
        const host = document.querySelector('sca-contact');
        const dialog = host.shadowRoot.querySelector('dialog');
        const box = dialog.getBoundingClientRect();
        const hit = host.shadowRoot.elementFromPoint(box.left + box.width / 2, box.top + 20);
        return {
          open: dialog.open,
          modal: dialog.matches(':modal'),
          hostModalOpen: document.getElementById('host-modal').open,
          focused: host.shadowRoot.activeElement?.id ?? null,
          documentFocus: document.activeElement?.localName,
          onTop: dialog.contains(hit),
          documentHit: document.elementFromPoint(box.left + box.width / 2, box.top + 20)?.localName,
        };
      });
      assert.equal(state.open && state.modal, true, 'our dialog is open as a modal');
      assert.equal(state.hostModalOpen, true, "the host's modal stays open underneath");
      assert.equal(state.focused, 'town', 'the town input has focus');
      assert.equal(state.documentFocus, 'sca-contact');
      assert.equal(state.onTop, true, 'our dialog is hit-tested above the host modal');
      assert.equal(state.documentHit, 'sca-contact');

      // Typing reaches our input; the whole lookup works.
      await page.keyboard.type('abing');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      const reason = page.locator('sca-contact .reason');
      await reason.waitFor();
      assert.match(await seenText(reason), /^Abington is in the 7th Plymouth House district/);
      // The host's modal is inert while ours is on top: its field cannot take focus.
      const hostFieldFocusable = await page.evaluate(() => {
        const field = document.getElementById('host-email');
        field.focus();
        return document.activeElement === field;
      });
      assert.equal(hostFieldFocusable, false, "the host's modal is inert under ours");

      // Escape closes ours only; the host's modal is usable again.
      await page.keyboard.press('Escape');
      const afterEscape = await page.evaluate(() => ({
        ours: document.querySelector('sca-contact').shadowRoot.querySelector('dialog').open,
        hosts: document.getElementById('host-modal').open,
      }));
      assert.deepEqual(afterEscape, { ours: false, hosts: true });
      await page.locator('#host-email').fill('reader@example.org');
      assert.equal(await page.locator('#host-email').inputValue(), 'reader@example.org');
    });
  });

  const sizes = [
    ['a 360px phone', { viewport: { width: 360, height: 740 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true }],
    ['200% zoom (640px viewport at device scale 2)', { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 }],
  ];
  for (const [name, contextOptions] of sizes) {
    it(`${name}: no horizontal scroll, no part outside the viewport, explainer and Abington's results`, async () => {
      await onPage(contextOptions, async (page) => {
        const explainer = await page.evaluate(partsOutsideViewport);
        assert.equal(explainer.innerWidth, contextOptions.viewport.width, 'the browser did not zoom out to fit a wider page');
        assert.ok(explainer.checked >= 10, `checked ${explainer.checked} parts`);
        assert.deepEqual(explainer.problems, [], 'explainer: every part within the viewport');
        assert.ok(explainer.pageOverflow <= 0, `explainer: page scrolls ${explainer.pageOverflow}px sideways`);

        await page.locator('sca-contact [part="button"]').click();
        await showAbington(page);
        // Open every disclosure in the results, so the call and email scripts are measured too.
        await page.evaluate(() => {
          for (const details of document.querySelector('sca-contact').shadowRoot.querySelectorAll('details')) details.open = true;
        });
        const dialog = await page.evaluate(partsOutsideViewport);
        assert.equal(dialog.innerWidth, contextOptions.viewport.width, 'the browser did not zoom out to fit a wider page');
        assert.ok(dialog.checked >= 6, `checked ${dialog.checked} parts`);
        assert.deepEqual(dialog.problems, [], 'dialog: every part within the viewport');
        assert.ok(dialog.pageOverflow <= 0, `dialog: page scrolls ${dialog.pageOverflow}px sideways`);
        const inside = await page.evaluate(() => {
          const box = document.querySelector('sca-contact').shadowRoot.querySelector('dialog');
          return { overflow: box.scrollWidth - box.clientWidth, right: box.getBoundingClientRect().right, width: innerWidth };
        });
        assert.ok(inside.overflow <= 0, `the dialog scrolls ${inside.overflow}px sideways`);
        assert.ok(inside.right <= inside.width, 'the dialog fits the viewport');

        // Control: the same measurement does catch a widget wider than the screen.
        await page.keyboard.press('Escape');
        const control = await page.evaluate((check) => {
          document.querySelector('sca-explainer').style.width = `${innerWidth + 200}px`;
          return new Function(`return (${check})()`)();
        }, partsOutsideViewport.toString());
        assert.ok(control.problems.length > 0 && control.pageOverflow > 0, 'a too-wide explainer is reported');
      });
    });
  }

  it('200% zoom as CSS zoom: 2 on the root: no horizontal scroll, no part outside the viewport', async () => {
    // Some readers' tools and some hosts zoom with CSS instead of the browser's zoom. With a 1280px
    // window this lays out like a 640px one, but viewport units and boxes go through the zoom.
    await onPage({ viewport: { width: 1280, height: 800 } }, async (page) => {
      await page.evaluate(() => {
        document.documentElement.style.zoom = '2';
      });
      const check = () => page.evaluate(partsOutsideViewport);
      const explainer = await check();
      assert.equal(explainer.zoom, 2);
      assert.ok(explainer.checked >= 10);
      assert.deepEqual(explainer.problems, []);
      assert.ok(explainer.pageOverflow <= 0, `page scrolls ${explainer.pageOverflow}px sideways`);
      await page.evaluate(() => document.querySelector('sca-contact').open());
      await showAbington(page);
      const dialog = await check();
      assert.deepEqual(dialog.problems, []);
      assert.ok(dialog.pageOverflow <= 0, `page scrolls ${dialog.pageOverflow}px sideways`);
    });
  });

  it('a whole contact flow for Abington: no request but the bundle, nothing leaves either origin', async () => {
    await onPage({ viewport: { width: 1024, height: 768 } }, async (page, record, context) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: partner.hostUrl });
      const sockets = [];
      page.on('websocket', (socket) => sockets.push(socket.url()));
      const loaded = record.requests.length;
      // Links to tel: and mailto: are followed by the operating system, not the page: record
      // them and stop the navigation, the widget's own click handlers still run.
      await page.evaluate(() => {
        window.followed = [];
        window.events = [];
        document.addEventListener(
          'click',
          (event) => {
            const link = event.composedPath().find((node) => node.localName === 'a');
            if (link && /^(tel|mailto):/.test(link.href)) {
              window.followed.push(link.href.split(':')[0]);
              event.preventDefault();
            }
          },
          true,
        );
        for (const type of ['sca-lookup', 'sca-contact', 'sca-outcome']) {
          document.addEventListener(type, (event) => window.events.push({ type, detail: JSON.stringify(event.detail) }));
        }
      });

      await page.locator('sca-contact [part="button"]').click();
      await page.locator('sca-contact #town').waitFor();
      await page.keyboard.type('abing');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.locator('sca-contact .reason').waitFor();
      const cards = page.locator('sca-contact [part="legislator"]');
      assert.equal(await cards.count(), 2);
      for (let index = 0; index < 2; index++) {
        const card = cards.nth(index);
        await card.getByRole('link', { name: /^Call/ }).click();
        await card.getByText('What to say on the phone').click();
        await card.getByRole('button', { name: 'Copy call script' }).click();
        await card.getByRole('link', { name: 'Email' }).click();
        await card.getByText('Email text').click();
        await card.getByRole('button', { name: 'Copy email' }).click();
        await card.getByRole('button', { name: 'I called' }).click();
        await card.getByText('Thank you for calling!').waitFor();
      }
      const clipboard = await page.evaluate(() => navigator.clipboard.readText());
      assert.match(clipboard, /Safe Communities Act/, 'the email was copied');
      const { followed, events } = await page.evaluate(() => ({ followed: window.followed, events: window.events }));
      assert.deepEqual(followed, ['tel', 'mailto', 'tel', 'mailto']);
      assert.deepEqual(
        events.map((event) => event.type),
        ['sca-lookup', 'sca-contact', 'sca-contact', 'sca-contact', 'sca-contact', 'sca-outcome', 'sca-contact', 'sca-contact', 'sca-contact', 'sca-contact', 'sca-outcome'],
      );
      assert.ok(events.every((event) => !/abington/i.test(event.detail)), 'no event carries the town');
      await page.keyboard.press('Escape');

      // The log: the page, its stylesheet and favicon from the page's origin; the bundle and
      // the district tables (the same file for every reader, fetched when the dialog opened),
      // and nothing else, from the script's; nothing more while the reader used the flow.
      const outside = record.requests.filter((url) => ![partner.hostUrl, partner.scriptUrl].includes(new URL(url).origin));
      assert.deepEqual(outside, [], 'no request left for a third origin');
      const fromScriptOrigin = record.requests.filter((url) => new URL(url).origin === partner.scriptUrl);
      assert.equal(fromScriptOrigin[0], `${partner.scriptUrl}/safe-communities.js`);
      assert.ok(fromScriptOrigin.every((url) => isWidgetFile(url, partner.scriptUrl)), 'only the widget’s files came from its origin');
      const duringFlow = record.requests.slice(loaded).filter((url) => !url.endsWith('/favicon.ico'));
      assert.deepEqual(catalogKinds(duringFlow).sort(), ['districts', 'en.ask-cosponsor', 'en.dialog'], 'the flow fetched the district tables and the dialog’s English, once each');
      assert.equal(duringFlow.length, 3, 'and made no other request');
      assert.ok(duringFlow.every((url) => !/abington/i.test(url)), 'no request names the town');
      assert.deepEqual(sockets, [], 'no WebSocket');
      assert.deepEqual(await storageOf(page), { cookie: '', localStorage: 0, sessionStorage: 0, databases: 0 });
      assert.deepEqual(await context.cookies(), []);
    });
  });
});
