import { shown } from '../../content/partner-text.js';

/** The attributes an override is read from; its text content is what the provision does. */
export const PROVISION_ATTRIBUTES = ['number', 'title', 'why'] as const;

/**
 * Attributes any element may carry for the page's own styles, scripts and accessibility: not a
 * partner's mistake in an override, so never warned about.
 */
const GLOBAL_ATTRIBUTES = ['id', 'class', 'style', 'lang', 'dir', 'hidden', 'slot', 'translate'];
const isGlobalAttribute = (name: string) => GLOBAL_ATTRIBUTES.includes(name) || name.startsWith('data-') || name.startsWith('aria-');

/** Unknown attribute names already named in the console: one warning per name, however many provisions carry it. */
const warnedAttributes = new Set<string>();

/**
 * `<sca-provision>`: a partner's replacement text for one provision, written as a child of
 * `<sca-explainer>`. It holds data only; the explainer reads it and renders it as text.
 *
 * @tagname sca-provision
 * @summary Overrides one provision's title and text inside `<sca-explainer>`.
 *
 * @attr {"1" | "2" | "3"} number - Which provision this replaces.
 * @attr {string} [title=the built-in title] - The provision's title.
 * @attr {string} [why=the built-in text] - Why it matters. The element's text content is what it does (the built-in text when empty).
 *
 * @example
 * <sca-provision number="2" title="No 287(g) deals" why="Our own words.">What it does.</sca-provision>
 */
export class SafeCommunitiesProvision extends HTMLElement {
  /**
   * Reads the override as a plain object; attributes that are absent stay absent. An attribute it
   * does not read (`what="…"`, a misspelt `titel`) is named in one console warning.
   */
  toOverride(): Record<string, unknown> {
    this.warnUnknownAttributes();
    const override: Record<string, unknown> = { number: this.getAttribute('number') };
    const title = this.getAttribute('title');
    const why = this.getAttribute('why');
    const what = this.textContent?.replace(/\s+/g, ' ').trim();
    if (title !== null) override.title = title;
    if (why !== null) override.why = why;
    if (what) override.what = what;
    return override;
  }

  private warnUnknownAttributes(): void {
    for (const name of this.getAttributeNames()) {
      if ((PROVISION_ATTRIBUTES as readonly string[]).includes(name) || isGlobalAttribute(name) || warnedAttributes.has(name)) continue;
      warnedAttributes.add(name);
      console.warn(
        `<sca-provision>: attribute ${shown(name)} is not one it reads, so it is ignored; the attributes are ${PROVISION_ATTRIBUTES.join(', ')}, and the element's text is what the provision does.`,
      );
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sca-provision': SafeCommunitiesProvision;
  }
}
