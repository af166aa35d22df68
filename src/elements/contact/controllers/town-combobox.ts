/**
 * The "Where do you live?" combobox as a controller: the text, the options it lists, the active
 * option and whether the list is open, with the keyboard of the ARIA combobox pattern. The input
 * and its listbox are rendered together by the town step (steps/town-step.ts), in one shadow
 * root, so `aria-controls` and `aria-activedescendant` point at elements beside them.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { townOptions, type TownOption } from '../../../contact/town-query.js';

export const OPTION_ID = 'town-option-';

export interface ComboboxHooks {
  /** The reader picked an option (Enter on the active one, or a click). */
  choose(option: TownOption): void;
  /** The list changed while typing: how many options it shows (announced politely). */
  listed(count: number): void;
  /** The element whose shadow root holds the options, for scrolling the active one into view. */
  root(): ParentNode;
}

export class TownCombobox implements ReactiveController {
  text = '';
  options: TownOption[] = [];
  active = -1;
  open = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly hooks: ComboboxHooks,
  ) {
    host.addController(this);
  }

  get activeId(): string | undefined {
    return this.open && this.active >= 0 ? `${OPTION_ID}${this.active}` : undefined;
  }

  onInput(text: string): void {
    const before = this.options.length;
    this.text = text;
    this.options = townOptions(text);
    this.open = this.options.length > 0;
    this.active = -1;
    this.host.requestUpdate();
    if (this.options.length !== before || this.options.length > 0) this.hooks.listed(this.options.length);
  }

  /** Keys of the combobox pattern; the ones it does not use go on to the input as usual. */
  onKeydown(event: KeyboardEvent): void {
    const count = this.options.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (count === 0) return;
        this.open = true;
        const step = event.key === 'ArrowDown' ? 1 : -1;
        const from = this.active === -1 && step === -1 ? 0 : this.active;
        this.active = (from + step + count) % count;
        this.host.requestUpdate();
        // The highlighted option stays in sight when the list scrolls.
        const id = `${OPTION_ID}${this.active}`;
        void this.host.updateComplete.then(() => this.hooks.root().querySelector(`#${id}`)?.scrollIntoView({ block: 'nearest' }));
        return;
      }
      case 'Enter':
        // Enter that ends an input method's composition (Chinese, Vietnamese) picks nothing.
        if (event.isComposing) return;
        if (this.open && this.active >= 0) {
          event.preventDefault();
          this.choose(this.options[this.active]!);
        }
        return;
      case 'Escape':
        // Inside a modal dialog, Escape would also close the dialog: only the innermost thing
        // closes. An open list first; the next Escape closes the dialog (clearing is not its job).
        if (this.open) {
          event.preventDefault();
          event.stopPropagation();
          this.close();
        }
        return;
      case 'Tab':
        this.close();
        return;
    }
  }

  choose(option: TownOption): void {
    this.text = option.label;
    this.close();
    this.hooks.choose(option);
  }

  close(): void {
    if (!this.open && this.active === -1) return;
    this.open = false;
    this.active = -1;
    this.host.requestUpdate();
  }

  /** An empty field and no list: nothing left from an earlier attempt. */
  reset(): void {
    this.text = '';
    this.options = [];
    this.open = false;
    this.active = -1;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.reset();
  }
}
