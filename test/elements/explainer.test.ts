import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { define } from '../../src/define.js';
import { SafeCommunitiesExplainer } from '../../src/elements/explainer/explainer.js';
import { all, captureWarnings, one, renderExplainer, shadow, text } from '../helpers.js';
import { explainerCopy } from '../../src/content/provisions.js';

/** The common questions the explainer shows (five since the question on leadership), and the accordion's toggles: three provisions and each question. */
const QUESTIONS = explainerCopy().questions.length;
const ACCORDION_TOGGLES = 3 + QUESTIONS;

const DEFAULT_TITLES = [
  'Police focus on safety, not immigration status',
  'No deals that turn local police into ICE agents',
  'Basic due process in custody',
];

function provisionTitles(element: HTMLElement): string[] {
  return all(element, '[part~="provision-title"]').map((heading) =>
    text(heading).replace(/^\d\s*/, ''),
  );
}

function columns(element: HTMLElement): number {
  return getComputedStyle(one(element, '.provisions')).gridTemplateColumns.split(' ').length;
}

describe('<sca-explainer>', () => {
  it('renders the title, intro, three numbered provisions, the compliance note and the five common questions', async () => {
    const element = await renderExplainer();
    expect(text(one(element, '[part="title"]'))).to.equal('The Safe Communities Act');
    expect(text(one(element, '[part="intro"]'))).to.contain('three protections');
    expect(provisionTitles(element)).to.deep.equal(DEFAULT_TITLES);
    expect(all(element, '[part="number"]').map(text)).to.deep.equal(['1', '2', '3']);
    const bodies = all(element, '[part="body"]').map(text);
    expect(bodies[0]).to.contain('immigration status').and.to.contain('unreported');
    expect(bodies[1]).to.contain('287(g)').and.to.contain('public-safety money');
    expect(bodies[2]).to.contain('lawyer').and.to.contain('Miranda');
    const compliance = text(one(element, '[part="compliance"]'));
    expect(compliance).to.contain('federal law').and.to.contain('police chiefs');
    expect(QUESTIONS).to.equal(5);
    expect(all(element, '[part="question"]')).to.have.length(QUESTIONS);
  });

  it('lays cards out in three columns when wide and one when narrow (container query)', async () => {
    const wide = await renderExplainer(html`<div style="width: 1100px"><sca-explainer></sca-explainer></div>`);
    const narrow = await renderExplainer(html`<div style="width: 340px"><sca-explainer></sca-explainer></div>`);
    expect(columns(wide.querySelector('sca-explainer')!)).to.equal(3);
    expect(columns(narrow.querySelector('sca-explainer')!)).to.equal(1);
  });

  it('renders the list layout as one column without card borders', async () => {
    const element = await renderExplainer(html`<div style="width: 1100px"><sca-explainer layout="list"></sca-explainer></div>`);
    const explainer = element.querySelector('sca-explainer')!;
    expect(columns(explainer)).to.equal(1);
    expect(getComputedStyle(all(explainer, '[part="provision"]')[0]).borderTopStyle).to.equal('none');
    expect(provisionTitles(explainer)).to.deep.equal(DEFAULT_TITLES);
  });

  it('falls back to cards with a warning on an unknown layout', async () => {
    let element!: SafeCommunitiesExplainer;
    const warnings = await captureWarnings(async () => {
      element = await renderExplainer(html`<sca-explainer layout="carousel"></sca-explainer>`);
    });
    expect(warnings.join()).to.contain('carousel');
    expect(one(element, '[part="container"]').classList.contains('cards')).to.be.true;
  });

  describe('accordion', () => {
    it('starts closed, with buttons that name and control their panels', async () => {
      const element = await renderExplainer(html`<sca-explainer layout="accordion" hide-faq></sca-explainer>`);
      const toggles = all(element, '.provisions [part="toggle"]');
      expect(toggles).to.have.length(3);
      for (const toggle of toggles) {
        expect(toggle.getAttribute('aria-expanded')).to.equal('false');
        const panel = shadow(element).getElementById(toggle.getAttribute('aria-controls')!);
        expect(panel).to.exist;
        expect(panel!.hidden).to.be.true;
        expect(panel!.getBoundingClientRect().height).to.equal(0);
      }
      expect(provisionTitles(element)).to.deep.equal(DEFAULT_TITLES);
    });

    it('opens with Enter and closes with Space, announcing the state through aria-expanded', async () => {
      const element = await renderExplainer(html`<sca-explainer layout="accordion"></sca-explainer>`);
      const toggle = all(element, '.provisions [part="toggle"]')[1];
      const panel = shadow(element).getElementById(toggle.getAttribute('aria-controls')!)!;
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(panel.hidden).to.be.false;
      expect(text(panel)).to.contain('287(g)');
      expect(panel.getBoundingClientRect().height).to.be.greaterThan(0);
      await sendKeys({ press: 'Space' });
      await element.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(panel.hidden).to.be.true;
    });

    it('reaches every toggle with Tab, in order', async () => {
      const element = await renderExplainer(html`<sca-explainer layout="accordion"></sca-explainer>`);
      const toggles = all(element, '[part="toggle"]');
      expect(toggles).to.have.length(ACCORDION_TOGGLES);
      toggles[0].focus();
      for (const expected of toggles.slice(1)) {
        await sendKeys({ press: 'Tab' });
        expect(shadow(element).activeElement).to.equal(expected);
      }
    });
  });

  describe('common questions', () => {
    it('are disclosures that open with the keyboard', async () => {
      const element = await renderExplainer();
      const toggle = all(element, '.faq [part="toggle"]')[0];
      expect(text(toggle)).to.equal('Does this break federal law?');
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      const panel = shadow(element).getElementById(toggle.getAttribute('aria-controls')!)!;
      expect(text(panel)).to.match(/^No\./);
    });

    it('are removed by hide-faq', async () => {
      const element = await renderExplainer(html`<sca-explainer hide-faq></sca-explainer>`);
      expect(shadow(element).querySelector('[part="faq"]')).to.equal(null);
      element.hideFaq = false;
      await element.updateComplete;
      expect(shadow(element).querySelector('[part="faq"]')).not.to.equal(null);
    });
  });

  describe('heading-level', () => {
    const cases = [
      { attribute: undefined, title: '2', provision: '3', questions: '3', question: '4' },
      { attribute: '4', title: '4', provision: '5', questions: '5', question: '6' },
      { attribute: '6', title: '6', provision: '6', questions: '6', question: '6' },
      { attribute: '9', title: '6', provision: '6', questions: '6', question: '6' },
      { attribute: 'one', title: '2', provision: '3', questions: '3', question: '4' },
    ];
    for (const { attribute, title, provision, questions, question } of cases) {
      it(`${attribute ?? 'default'} puts the title at ${title} and sections below it`, async () => {
        const element = await renderExplainer();
        if (attribute !== undefined) element.setAttribute('heading-level', attribute);
        await element.updateComplete;
        expect(one(element, '[part="title"]').getAttribute('aria-level')).to.equal(title);
        expect(all(element, '[part="provision-title"]').map((h) => h.getAttribute('aria-level'))).to.deep.equal([
          provision,
          provision,
          provision,
        ]);
        expect(one(element, '.faq-title').getAttribute('aria-level')).to.equal(questions);
        expect(one(element, '[part="question-title"]').getAttribute('aria-level')).to.equal(question);
      });
    }
  });

  describe('partner content', () => {
    it('takes provision text from <sca-provision> children, as text', async () => {
      const element = await renderExplainer(html`
        <sca-explainer>
          <sca-provision number="2" title="<img src=x onerror=alert(1)>" why="Our reasons.">Our <b>own</b> words.</sca-provision>
        </sca-explainer>
      `);
      const titles = provisionTitles(element);
      expect(titles[1]).to.equal('<img src=x onerror=alert(1)>');
      expect(shadow(element).querySelector('img')).to.equal(null);
      const body = text(all(element, '[part="body"]')[1]);
      expect(body).to.contain('Our own words.').and.to.contain('Our reasons.');
      expect(titles[0]).to.equal(DEFAULT_TITLES[0]);
    });

    it('follows changes to the children', async () => {
      const element = await renderExplainer(html`<sca-explainer><sca-provision number="1" title="First"></sca-provision></sca-explainer>`);
      expect(provisionTitles(element)[0]).to.equal('First');
      element.querySelector('sca-provision')!.setAttribute('title', 'Changed');
      await new Promise((resolve) => setTimeout(resolve));
      await element.updateComplete;
      expect(provisionTitles(element)[0]).to.equal('Changed');
    });

    it('names each unknown <sca-provision> attribute in one warning, with the allowed ones, and keeps the rest', async () => {
      let element!: Awaited<ReturnType<typeof renderExplainer>>;
      const warnings = await captureWarnings(async () => {
        element = await renderExplainer(html`
          <sca-explainer>
            <sca-provision number="1" title="First" what="Ignored." class="ours" id="p1" data-track="1" aria-label="x" lang="en">Our words.</sca-provision>
            <sca-provision number="2" titel="Second" what="Also ignored."></sca-provision>
          </sca-explainer>
        `);
        element.querySelector('sca-provision')!.setAttribute('title', 'First, again');
        await new Promise((resolve) => setTimeout(resolve));
        await element.updateComplete;
        element.layout = 'list';
        await element.updateComplete;
      });
      const unknown = warnings.filter((warning) => warning.startsWith('<sca-provision>'));
      expect(unknown).to.have.length(2);
      expect(unknown[0]).to.contain('"what"').and.to.contain('number, title, why');
      expect(unknown[1]).to.contain('"titel"').and.to.contain('number, title, why');
      const titles = provisionTitles(element);
      expect(titles[0]).to.equal('First, again');
      expect(titles[1]).to.equal(DEFAULT_TITLES[1]);
      expect(text(all(element, '[part="body"]')[0])).to.contain('Our words.').and.not.to.contain('Ignored.');
    });

    it('takes overrides from the provisions property', async () => {
      const element = await renderExplainer();
      element.provisions = [{ number: 3, title: 'Right to a lawyer', what: 'Police must tell you.' }];
      await element.updateComplete;
      expect(provisionTitles(element)[2]).to.equal('Right to a lawyer');
      expect(text(all(element, '[part="body"]')[2])).to.contain('Police must tell you.');
    });

    it('keeps the default text and warns once about a malformed override', async () => {
      const element = await renderExplainer();
      const warnings = await captureWarnings(async () => {
        element.provisions = [{ number: 7, title: 'Seven' }, { number: 1, title: 42 }];
        await element.updateComplete;
        element.layout = 'list';
        await element.updateComplete;
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('number 7').and.to.contain('"title"');
      expect(provisionTitles(element)).to.deep.equal(DEFAULT_TITLES);
    });

    it('lets the intro and footer slots replace and extend the content', async () => {
      const element = await renderExplainer(html`
        <sca-explainer>
          <p slot="intro">Our coalition's intro.</p>
          <a slot="footer" href="#act">Act now</a>
        </sca-explainer>
      `);
      const intro = one(element, 'slot[name="intro"]') as HTMLSlotElement;
      expect(intro.assignedElements().map(text)).to.deep.equal(["Our coalition's intro."]);
      const footer = one(element, 'slot[name="footer"]') as HTMLSlotElement;
      expect(footer.assignedElements().map(text)).to.deep.equal(['Act now']);
      const fallback = one(element, 'slot[name="intro"] > p');
      expect(fallback.getClientRects(), 'default intro not rendered').to.have.length(0);
    });
  });

  describe('theming', () => {
    it('reads --sca-* custom properties from any ancestor', async () => {
      const wrapper = await renderExplainer(html`
        <div style="--sca-color-accent: rgb(200, 0, 100); --sca-font-size: 20px; --sca-radius: 0px">
          <sca-explainer></sca-explainer>
        </div>
      `);
      const element = wrapper.querySelector('sca-explainer')!;
      expect(getComputedStyle(one(element, '[part="number"]')).backgroundColor).to.equal('rgb(200, 0, 100)');
      expect(getComputedStyle(one(element, '[part="container"]')).fontSize).to.equal('20px');
      expect(getComputedStyle(one(element, '[part="provision"]')).borderTopLeftRadius).to.equal('0px');
    });

    it('switches to the dark palette with theme="dark"', async () => {
      const element = await renderExplainer();
      const container = one(element, '[part="container"]');
      expect(getComputedStyle(container).backgroundColor).to.equal('rgb(255, 255, 255)');
      element.theme = 'dark';
      await element.updateComplete;
      expect(element.getAttribute('theme')).to.equal('dark');
      expect(getComputedStyle(container).backgroundColor).to.equal('rgb(20, 26, 34)');
    });

    it('uses the host page font by default and a real size unaffected by html font-size', async () => {
      document.documentElement.style.fontSize = '62.5%';
      try {
        const wrapper = await renderExplainer(html`<div style="font-family: Georgia, serif"><sca-explainer></sca-explainer></div>`);
        const container = one(wrapper.querySelector('sca-explainer')!, '[part="container"]');
        expect(getComputedStyle(container).fontFamily).to.equal('Georgia, serif');
        expect(parseFloat(getComputedStyle(container).fontSize)).to.be.at.least(16);
      } finally {
        document.documentElement.style.fontSize = '';
      }
    });

    it('exposes parts for designers', async () => {
      const element = await renderExplainer();
      for (const part of ['container', 'title', 'intro', 'provisions', 'provision', 'provision-title', 'number', 'body', 'label', 'compliance', 'faq', 'question', 'toggle']) {
        expect(shadow(element).querySelector(`[part~="${part}"]`), part).not.to.equal(null);
      }
    });
  });

  describe('accessibility (axe)', () => {
    for (const layout of ['cards', 'accordion', 'list']) {
      for (const theme of ['light', 'dark']) {
        it(`is accessible as ${layout} in the ${theme} theme, closed and open`, async () => {
          const element = await renderExplainer(html`<sca-explainer layout=${layout} theme=${theme}></sca-explainer>`);
          await expect(element).to.be.accessible();
          for (const toggle of all(element, '[part="toggle"]')) toggle.click();
          await element.updateComplete;
          expect(all(element, '[aria-expanded="true"]')).to.have.length(layout === 'accordion' ? ACCORDION_TOGGLES : QUESTIONS);
          await expect(element).to.be.accessible();
        });
      }
    }
  });

  describe('registration', () => {
    it('skips a second definition of a name instead of throwing', () => {
      class Impostor extends HTMLElement {}
      expect(() => define('sca-explainer', Impostor)).not.to.throw();
      expect(customElements.get('sca-explainer')).to.equal(SafeCommunitiesExplainer);
    });

    it('survives the built bundle loading twice beside this page\'s own Lit', async () => {
      const errors: unknown[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.error);
      window.addEventListener('error', onError);
      try {
        // Each query string makes a separate module instance with its own copy of Lit.
        const bundle = '/dist/safe-communities.js';
        await import(`${bundle}?copy=1`);
        await import(`${bundle}?copy=2`);
      } finally {
        window.removeEventListener('error', onError);
      }
      expect(errors).to.deep.equal([]);
      expect(customElements.get('sca-explainer')).to.equal(SafeCommunitiesExplainer);
      const element = await renderExplainer();
      expect(provisionTitles(element)).to.deep.equal(DEFAULT_TITLES);
    });
  });

  it('requests nothing and stores nothing while rendering and opening every panel', async () => {
    const before = { cookie: document.cookie, local: localStorage.length, session: sessionStorage.length };
    const requestsBefore = performance.getEntriesByType('resource').length;
    const element = await renderExplainer(html`<sca-explainer layout="accordion"></sca-explainer>`);
    for (const toggle of all(element, '[part="toggle"]')) toggle.click();
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(performance.getEntriesByType('resource').slice(requestsBefore).map((entry) => entry.name)).to.deep.equal([]);
    expect({ cookie: document.cookie, local: localStorage.length, session: sessionStorage.length }).to.deep.equal(before);
  });
});
