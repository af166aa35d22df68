import { fixture, html } from '@open-wc/testing';
import type { SafeCommunitiesExplainer } from '../src/elements/explainer/explainer.js';
import '../src/index.js';

export async function renderExplainer(template = html`<sca-explainer></sca-explainer>`) {
  const element = await fixture<SafeCommunitiesExplainer>(template);
  await element.updateComplete;
  return element;
}

export function shadow(element: HTMLElement): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`${element.localName} has no shadow root`);
  return element.shadowRoot;
}

export function all(element: HTMLElement, selector: string): HTMLElement[] {
  return [...shadow(element).querySelectorAll<HTMLElement>(selector)];
}

export function one(element: HTMLElement, selector: string): HTMLElement {
  const found = shadow(element).querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector} in ${element.localName}`);
  return found;
}

/** What a reader sees: white space folded, the invisible bidi isolates (FSI, LRI, PDI …) left out. */
export function text(element: Element): string {
  return (element.textContent ?? '').replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();
}

/** Collects console.warn calls made while `action` runs. */
export async function captureWarnings(action: () => Promise<unknown>): Promise<string[]> {
  const original = console.warn;
  const warnings: string[] = [];
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await action();
  } finally {
    console.warn = original;
  }
  return warnings;
}

declare global {
  // Installed by web-test-runner.config.mjs before any test (scripts/lib/test-clock.mjs).
  var __scaSetNow: (time?: number) => void;
}

/** Moves the page's fixed clock; `undefined` puts it back at the tests' usual "now". */
export function setNow(time?: number | string): void {
  globalThis.__scaSetNow(typeof time === 'string' ? Date.parse(time) : time);
}
