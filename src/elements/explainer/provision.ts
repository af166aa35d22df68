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
  /** Reads the override as a plain object; attributes that are absent stay absent. */
  toOverride(): Record<string, unknown> {
    const override: Record<string, unknown> = { number: this.getAttribute('number') };
    const title = this.getAttribute('title');
    const why = this.getAttribute('why');
    const what = this.textContent?.replace(/\s+/g, ' ').trim();
    if (title !== null) override.title = title;
    if (why !== null) override.why = why;
    if (what) override.what = what;
    return override;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sca-provision': SafeCommunitiesProvision;
  }
}
