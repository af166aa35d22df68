/**
 * The theme tokens. Partners set the public `--sca-*` properties on the element or on any
 * ancestor; the shadow styles read private `--_*` copies so a default only applies when no
 * partner value is inherited. Every default pair below is checked for WCAG AA contrast in
 * test/styles/contrast.test.ts.
 */
import { css, unsafeCSS } from 'lit';

// Declaration lists, not rules: plain strings, so the build's CSS minifier leaves them whole.
const light = unsafeCSS(`
  --_accent: var(--sca-color-accent, #1f4fbf);
  --_on-accent: var(--sca-color-on-accent, #ffffff);
  --_text: var(--sca-color-text, #1c2129);
  --_muted: var(--sca-color-muted, #515a66);
  --_surface: var(--sca-color-surface, #ffffff);
  --_surface-alt: var(--sca-color-surface-alt, #f2f5f9);
  --_border: var(--sca-color-border, #8a94a3);
  --_focus: var(--sca-color-focus, #1f4fbf);
  --_link: var(--sca-color-link, #1f4fbf);
  --_danger: var(--sca-color-danger, #b3261e);
  --_success: var(--sca-color-success, #1e6b34);
`);

const dark = unsafeCSS(`
  --_accent: var(--sca-color-accent, #8db4ff);
  --_on-accent: var(--sca-color-on-accent, #0b1220);
  --_text: var(--sca-color-text, #e8ecf2);
  --_muted: var(--sca-color-muted, #a9b3c1);
  --_surface: var(--sca-color-surface, #141a22);
  --_surface-alt: var(--sca-color-surface-alt, #1d2530);
  --_border: var(--sca-color-border, #6b7686);
  --_focus: var(--sca-color-focus, #8db4ff);
  --_link: var(--sca-color-link, #8db4ff);
  --_danger: var(--sca-color-danger, #ffb4ab);
  --_success: var(--sca-color-success, #8fd9a0);
`);

export const tokens = css`
  :host {
    ${light}
    --_font-family: var(--sca-font-family, inherit);
    --_font-size: var(--sca-font-size, medium);
    --_radius: var(--sca-radius, 0.5em);
    --_space: var(--sca-space, 1em);
    --_focus-width: var(--sca-focus-width, 3px);
    display: block;
    color-scheme: light;
  }
  :host([theme='dark']) {
    ${dark}
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
      color-scheme: dark;
    }
  }
  :host([hidden]) {
    display: none;
  }
`;

/**
 * Host pages reach into the shadow root only through inherited properties, and a global
 * `* { all: unset }` also hits the host element itself, so the root element inside the shadow
 * root sets every inherited text property again instead of trusting `:host`.
 */
export const root = css`
  .root {
    display: block;
    box-sizing: border-box;
    margin: 0;
    padding: 0;
    color: var(--_text);
    background: var(--_surface);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    font-weight: 400;
    font-style: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
    border-radius: var(--_radius);
  }
  /* Until the reader's language is in (at most three seconds): an empty box that keeps about the
     widget's place, so the page does not jump much when it shows (src/i18n/localization.ts). */
  .root[aria-busy='true'] {
    min-block-size: var(--_reserve, 3em);
    background: transparent;
  }
  .language-notice {
    margin: 0 0 calc(var(--_space) * 0.5);
    padding: 0.25em 0.5em;
    border-inline-start: 0.25em solid var(--_border);
    color: var(--_text);
    font-size: 0.875em;
  }
  .root *,
  .root *::before,
  .root *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
