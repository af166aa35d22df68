import { css } from 'lit';
import { root, tokens } from '../../styles/tokens.js';
import { fieldStyles, pickerStyles } from '../../styles/controls.js';

export const explainerStyles = [
  tokens,
  root,
  fieldStyles,
  pickerStyles,
  css`
    .root {
      container: sca-explainer / inline-size;
      padding: var(--_space);
      /* Kept while the reader's language loads: about a phone screen of the explainer. */
      --_reserve: 40em;
    }
    p,
    ol,
    ul {
      margin: 0;
      padding: 0;
    }
    .title {
      margin: 0 0 calc(var(--_space) * 0.5);
      font-size: 1.5em;
      line-height: 1.25;
      font-weight: 700;
      color: var(--_text);
    }
    .intro {
      margin-block-end: var(--_space);
      color: var(--_text);
    }
    .provisions {
      list-style: none;
      display: grid;
      gap: var(--_space);
      grid-template-columns: minmax(0, 1fr);
    }
    .provision {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) * 0.5);
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface-alt);
      min-inline-size: 0;
    }
    .heading {
      display: flex;
      align-items: flex-start;
      gap: calc(var(--_space) * 0.75);
      margin: 0;
      font-size: 1.125em;
      line-height: 1.3;
      font-weight: 700;
    }
    .number {
      flex: none;
      display: inline-grid;
      place-items: center;
      inline-size: 1.75em;
      block-size: 1.75em;
      border-radius: 50%;
      background: var(--_accent);
      color: var(--_on-accent);
      font-weight: 700;
      font-size: 0.9em;
      line-height: 1;
    }
    .label {
      display: block;
      font-weight: 700;
      font-size: 0.875em;
      color: var(--_muted);
      text-transform: uppercase;
      letter-spacing: 0.04em;
    }
    .body {
      display: grid;
      gap: calc(var(--_space) * 0.5);
      overflow-wrap: anywhere;
    }
    .compliance {
      margin-block-start: var(--_space);
      padding-inline-start: calc(var(--_space) * 0.75);
      border-inline-start: 4px solid var(--_accent);
      color: var(--_text);
    }

    /* Cards: one column on a narrow widget, three when the widget itself is wide enough. */
    @container sca-explainer (min-width: 46em) {
      .cards .provisions {
        grid-template-columns: repeat(3, minmax(0, 1fr));
      }
    }

    .list .provisions {
      gap: calc(var(--_space) * 1.25);
    }
    .list .provision {
      border: 0;
      padding: 0;
      background: none;
    }

    .accordion .provisions {
      gap: calc(var(--_space) * 0.5);
    }
    .accordion .provision {
      padding: 0;
      gap: 0;
    }

    .toggle {
      all: unset;
      box-sizing: border-box;
      display: flex;
      align-items: center;
      gap: calc(var(--_space) * 0.75);
      inline-size: 100%;
      min-block-size: 44px;
      padding: calc(var(--_space) * 0.75) var(--_space);
      cursor: pointer;
      font: inherit;
      color: var(--_text);
      text-align: start;
      border-radius: var(--_radius);
    }
    .toggle:hover .toggle-text {
      text-decoration: underline;
    }
    .toggle:focus-visible {
      outline: var(--_focus-width) solid var(--_focus);
      outline-offset: -1px;
    }
    .toggle-text {
      flex: 1;
    }
    .chevron {
      flex: none;
      inline-size: 0.6em;
      block-size: 0.6em;
      /* Physical sides on purpose: the arrow points down or up in either writing direction. */
      border-bottom: 2px solid currentColor;
      border-right: 2px solid currentColor;
      transform: rotate(45deg);
      margin-inline-end: 0.25em;
    }
    [aria-expanded='true'] > .chevron {
      transform: rotate(-135deg);
    }
    .panel {
      padding: 0 var(--_space) var(--_space);
    }
    .panel[hidden] {
      display: none;
    }

    .faq {
      margin-block-start: calc(var(--_space) * 1.5);
    }
    .faq-title {
      margin: 0 0 calc(var(--_space) * 0.5);
      font-size: 1.25em;
      line-height: 1.3;
      font-weight: 700;
    }
    .questions {
      list-style: none;
      display: grid;
      gap: 0;
      border-block-start: 1px solid var(--_border);
    }
    .question {
      border-block-end: 1px solid var(--_border);
    }
    .question .toggle {
      font-weight: 700;
      padding-inline: 0;
    }
    .question .panel {
      padding-inline: 0;
    }

    @media (prefers-reduced-motion: no-preference) {
      .chevron {
        transition: transform 150ms ease-out;
      }
    }
    @media (forced-colors: active) {
      .provision,
      .number {
        border: 1px solid CanvasText;
      }
      .number {
        forced-color-adjust: none;
        background: Canvas;
        color: CanvasText;
      }
    }
    @media print {
      .root {
        padding: 0;
        color: #000;
        background: none;
      }
      .provision {
        break-inside: avoid;
        background: none;
      }
      .panel[hidden] {
        display: block;
      }
      .chevron {
        display: none;
      }
    }
  `,
];
