import { expect, html } from '@open-wc/testing';
import { one, renderExplainer } from '../helpers.js';

/** WCAG 2.x relative luminance of an `rgb(r, g, b)` string as computed by the browser. */
function luminance(color: string): number {
  const channels = color.match(/[\d.]+/g)!.slice(0, 3).map(Number);
  const [r, g, b] = channels.map((value) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

describe('default palette contrast (WCAG 2.2 AA)', () => {
  it('computes known ratios correctly', () => {
    expect(contrast('rgb(0, 0, 0)', 'rgb(255, 255, 255)')).to.be.closeTo(21, 0.01);
    expect(contrast('rgb(119, 119, 119)', 'rgb(255, 255, 255)')).to.be.closeTo(4.48, 0.01);
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
