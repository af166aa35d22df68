import { expect, fixture, html } from '@open-wc/testing';
import { one, renderExplainer } from '../helpers.js';
import { contrastRatio as contrast, parseColor } from '../../src/styles/contrast.js';

describe('default palette contrast (WCAG 2.2 AA)', () => {
  it('computes known ratios correctly', () => {
    expect(contrast('rgb(0, 0, 0)', 'rgb(255, 255, 255)')).to.be.closeTo(21, 0.01);
    expect(contrast('rgb(119, 119, 119)', 'rgb(255, 255, 255)')).to.be.closeTo(4.48, 0.01);
    expect(contrast('#777', '#ffffff')).to.be.closeTo(4.48, 0.01);
    expect(contrast('rgba(31, 79, 191, 1)', '#1f4fbf')).to.equal(1);
    expect(contrast('not a color', '#fff')).to.be.NaN;
  });

  it('reads the color forms browsers and color pickers give', () => {
    expect(parseColor('#1F4FBF')).to.deep.equal([31, 79, 191]);
    expect(parseColor('#fff')).to.deep.equal([255, 255, 255]);
    expect(parseColor('rgb(1 2 3 / 50%)')).to.deep.equal([1, 2, 3]);
    expect(parseColor('hsl(0 0% 0%)')).to.equal(null);
    expect(parseColor('rgb(300, 0, 0)')).to.equal(null);
  });

  for (const theme of ['light', 'dark']) {
    it(`passes in the ${theme} theme`, async () => {
      const element = await renderExplainer(html`<sca-explainer theme=${theme}></sca-explainer>`);
      const style = (part: string) => getComputedStyle(one(element, `[part~="${part}"]`));
      const surface = style('container').backgroundColor;
      const card = style('provision').backgroundColor;
      const pairs: Array<[string, string, string, number]> = [
        ['text on surface', style('container').color, surface, 4.5],
        ['text on card', style('body').color, card, 4.5],
        ['muted label on card', style('label').color, card, 4.5],
        ['number on accent', style('number').color, style('number').backgroundColor, 4.5],
        ['accent bar against surface', style('compliance').borderInlineStartColor, surface, 3],
        ['card border against surface', style('provision').borderTopColor, surface, 3],
      ];
      const toggle = one(element, '[part~="toggle"]');
      toggle.focus({ focusVisible: true } as FocusOptions);
      pairs.push(['focus ring against surface', getComputedStyle(toggle).outlineColor, surface, 3]);
      for (const [name, foreground, background, minimum] of pairs) {
        expect(contrast(foreground, background), `${name}: ${foreground} on ${background}`).to.be.at.least(minimum);
      }
    });
  }
});

describe('contact dialog colors (WCAG 2.2 AA)', () => {
  for (const theme of ['light', 'dark']) {
    it(`pass in the ${theme} theme`, async () => {
      const element = await fixture<HTMLElement>(html`<sca-contact theme=${theme}></sca-contact>`);
      const token = (name: string) => getComputedStyle(element).getPropertyValue(`--_${name}`).trim();
      const pairs: Array<[string, string, number]> = [
        ['link', 'surface', 4.5],
        ['link', 'surface-alt', 4.5],
        ['danger', 'surface', 4.5],
        ['success', 'surface', 4.5],
        ['success', 'surface-alt', 4.5],
        ['muted', 'surface', 4.5],
        ['on-accent', 'accent', 4.5],
        ['accent', 'surface', 3],
        ['border', 'surface', 3],
        ['focus', 'surface-alt', 3],
      ];
      for (const [foreground, background, minimum] of pairs) {
        const ratio = contrast(token(foreground), token(background));
        expect(ratio, `${foreground} (${token(foreground)}) on ${background} (${token(background)})`).to.be.at.least(minimum);
      }
    });
  }
});
