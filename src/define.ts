/**
 * Registers a custom element unless the name is already taken.
 *
 * Partners paste the snippet twice, or load the module and the classic build on one page, or run
 * another widget built on a different Lit: the second `define` of a name would throw and leave
 * the page half-upgraded, so the first definition wins and later ones are silently skipped.
 */
export function define(name: string, elementClass: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, elementClass);
}
