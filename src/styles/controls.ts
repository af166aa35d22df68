/** Buttons, links styled as buttons, labels and the visually-hidden helper, shared by elements. */
import { css } from 'lit';

export const controls = css`
  .button,
  .link-button {
    all: unset;
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-block-size: 44px;
    min-inline-size: 44px;
    padding: 0.5em 1.1em;
    border-radius: var(--_radius);
    font: inherit;
    font-weight: 700;
    line-height: 1.2;
    text-align: center;
    cursor: pointer;
    text-decoration: none;
  }
  .button {
    background: var(--_accent);
    color: var(--_on-accent);
    border: 2px solid var(--_accent);
  }
  .button.secondary {
    background: var(--_surface);
    color: var(--_text);
    border-color: var(--_border);
  }
  .button:hover {
    text-decoration: underline;
  }
  .button:focus-visible,
  .link-button:focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  /* Pressed, while the dialog's messages or tables are on their way. */
  .button[aria-busy='true'] {
    cursor: progress;
  }
  .button[disabled] {
    cursor: not-allowed;
    opacity: 0.7;
  }
  .link-button,
  a {
    color: var(--_link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .link-button {
    font-weight: 400;
    padding-inline: 0.25em;
  }
  label {
    display: block;
    font-weight: 700;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
  }
`;

/** Text fields and selects, shared by every element that has one. */
export const fieldStyles = css`
  input,
  select {
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: 44px;
    margin: 0;
    padding: 0.5em 0.75em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font-family: inherit;
    /* iOS zooms into any field smaller than 16px. */
    font-size: max(16px, 1em);
    line-height: 1.3;
  }
  input:focus-visible,
  select:focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 1px;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
  }
`;

/** The optional language switcher, shared by every element; its select builds on fieldStyles. */
export const pickerStyles = css`
  .language-picker {
    display: flex;
    align-items: center;
    justify-content: flex-end;
    gap: 0.5em;
    margin-block-end: calc(var(--_space) * 0.5);
  }
  .language-picker label {
    font-weight: 700;
  }
  .language-picker select {
    inline-size: auto;
    padding: 0.25em 0.5em;
  }
`;
