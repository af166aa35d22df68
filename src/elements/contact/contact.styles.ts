import { css } from 'lit';
import { controls, fieldStyles, pickerStyles } from '../../styles/controls.js';
import { root, tokens } from '../../styles/tokens.js';

/** What the closed widget needs: the button. The first render parses only these. */
export const contactStyles = [
  tokens,
  root,
  controls,
  css`
    .root {
      background: none;
    }
  `,
];

/**
 * The dialog and its steps, adopted when the dialog first opens (contact.ts): most readers never
 * open it, and the rest pay for it when they do, not before the explainer shows.
 */
export const dialogStyles = [
  fieldStyles,
  pickerStyles,
  css`
    dialog {
      box-sizing: border-box;
      inline-size: min(40em, calc(100vw - 1em));
      max-block-size: calc(100dvh - 1em);
      margin: auto;
      padding: 0;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
      overflow: auto;
      overscroll-behavior: contain;
    }
    dialog::backdrop {
      background: rgb(0 0 0 / 0.55);
    }
    .dialog-body {
      padding: var(--_space);
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: var(--_space);
      /* A pasted 500-character "town" must wrap, not widen the dialog past the screen. */
      overflow-wrap: anywhere;
    }
    .dialog-header {
      display: flex;
      align-items: flex-start;
      justify-content: space-between;
      gap: var(--_space);
    }
    h2,
    h3,
    h4 {
      margin: 0;
      line-height: 1.25;
      font-weight: 700;
    }
    h2 {
      font-size: 1.375em;
    }
    h3 {
      font-size: 1.125em;
    }
    h4 {
      font-size: 1.0625em;
    }
    /* Headings take focus only so screen readers start reading at the new step; they are not controls. */
    [data-step-focus]:not(input):focus {
      outline: none;
    }
    p,
    ul {
      margin: 0;
    }
    .close {
      flex: none;
      font-size: 1.5em;
      padding: 0;
      line-height: 1;
    }
    .step,
    .address,
    .unsure {
      display: grid;
      gap: calc(var(--_space) * 0.75);
    }
    /* An ended session: the reader must see this before the names, in any theme or forced colours. */
    .stale {
      display: grid;
      gap: calc(var(--_space) * 0.5);
      padding: calc(var(--_space) * 0.75);
      border: 2px solid var(--_danger);
      border-inline-start-width: 6px;
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .stale .button {
      white-space: normal;
    }
    /* A phone number never breaks across lines (413-442- / 4300 on a phone, in a long label). */
    .number {
      white-space: nowrap;
    }
    /* Under "Your legislators" once their session has ended: the heading never says they sit today. */
    .heading-session {
      display: block;
      font-size: 0.8em;
      font-weight: 400;
    }
    .hint,
    .consent,
    .as-of,
    .session,
    .heading-session,
    .ended,
    .meta {
      color: var(--_muted);
    }
    /* What the person's office is, where the partner named it: it is why they are on the list. */
    .role {
      font-weight: 700;
    }
    .gloss {
      font-weight: 400;
    }
    .combobox {
      position: relative;
    }
    /* Over the content below, not pushing it down: closing the list must not move the buttons
       under a pointer that is about to click them. */
    [role='listbox'] {
      position: absolute;
      z-index: 1;
      inset-inline: 0;
      inset-block-start: 100%;
      box-shadow: 0 0.5em 1em rgb(0 0 0 / 0.2);
      list-style: none;
      margin: 0.25em 0 0;
      padding: 0.25em 0;
      border: 2px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      max-block-size: 16em;
      overflow-y: auto;
    }
    [role='listbox'][hidden] {
      display: none;
    }
    [role='option'] {
      min-block-size: 44px;
      display: flex;
      align-items: center;
      gap: 0.35em;
      padding: 0.25em 0.75em;
      cursor: pointer;
    }
    [role='option'][aria-selected='true'] {
      background: var(--_accent);
      color: var(--_on-accent);
    }
    [role='option']:hover {
      text-decoration: underline;
    }
    [role='option'][aria-selected='true'] .via {
      color: inherit;
    }
    .via {
      color: var(--_muted);
    }
    .list-note {
      padding: 0.25em 0.75em;
      color: var(--_muted);
      font-size: 0.9em;
    }
    .error:not(:empty) {
      color: var(--_danger);
      font-weight: 700;
    }
    .error .official,
    .error .suggestions,
    .error .out-of-state {
      display: block;
      font-weight: 400;
      color: var(--_text);
      margin-block-start: 0.25em;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: calc(var(--_space) * 0.5);
    }
    .fields {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
    }
    .field {
      flex: 1 1 12em;
      display: grid;
      gap: 0.25em;
    }
    .unsure {
      padding: var(--_space);
      border-radius: var(--_radius);
      background: var(--_surface-alt);
    }
    .candidates {
      list-style: none;
      padding: 0;
      display: grid;
      gap: 0.25em;
    }
    .candidate {
      justify-content: flex-start;
      text-align: start;
      padding-inline: 0;
    }
    .candidate[aria-pressed='true'] {
      font-weight: 700;
      text-decoration-thickness: 3px;
    }
    .vacant-candidate {
      min-block-size: 44px;
      display: flex;
      align-items: center;
      gap: 0.35em;
    }
    .cards {
      list-style: none;
      padding: 0;
      display: grid;
      gap: var(--_space);
    }
    .card {
      display: grid;
      gap: calc(var(--_space) * 0.6);
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface-alt);
    }
    .stance,
    .thanks,
    .notice {
      color: var(--_success);
      font-weight: 700;
    }
    .notice[hidden] {
      display: none;
    }
    details {
      border-block-start: 1px solid var(--_border);
      padding-block-start: 0.5em;
    }
    /* A list item, as by default: its marker (pointing the reading way, down when open) shows it opens. */
    summary {
      min-block-size: 44px;
      box-sizing: border-box;
      padding-block: 0.6em;
      cursor: pointer;
      font-weight: 700;
      color: var(--_link);
    }
    summary:focus-visible {
      outline: var(--_focus-width) solid var(--_focus);
    }
    details[open] > :not(summary) {
      margin-block-end: 0.6em;
    }
    .script {
      padding: 0.75em;
      border-inline-start: 4px solid var(--_accent);
      background: var(--_surface);
      border-radius: 0 var(--_radius) var(--_radius) 0;
    }
    .email {
      white-space: pre-line;
    }
    .meaning-label {
      font-weight: 700;
      color: var(--_muted);
    }
    .meaning {
      padding: 0.75em;
      border-inline-start: 4px dashed var(--_border);
    }
    .interpreter {
      font-style: italic;
    }
    .email-language {
      margin: 0;
      padding: 0;
      border: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1em;
    }
    .email-language legend {
      font-weight: 700;
      padding: 0;
      margin-block-end: 0.25em;
      inline-size: 100%;
    }
    .choice {
      display: inline-flex;
      align-items: center;
      gap: 0.5em;
      min-block-size: 44px;
      font-weight: 400;
      cursor: pointer;
    }
    .choice input {
      inline-size: 24px;
      block-size: 24px;
      min-block-size: 0;
      margin: 0;
      accent-color: var(--_accent);
    }
    .script-label {
      font-weight: 700;
    }
    .outcome {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: calc(var(--_space) * 0.5);
    }
    @media (forced-colors: active) {
      [role='option'][aria-selected='true'] {
        forced-color-adjust: none;
        background: Highlight;
        color: HighlightText;
      }
    }
  `,
];
