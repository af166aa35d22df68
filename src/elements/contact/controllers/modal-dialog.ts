/**
 * The contact dialog's open and close: modal, focus to the step on open and back to whatever
 * opened it on close (the widget's button or a partner's own), and closed without moving focus
 * when the element leaves the page (a dialog left open would lose its modality and Escape).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The focused element, looking inside open shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  // Nothing focused (a script's click, or Safari, which does not focus clicked buttons).
  return active instanceof HTMLElement && active !== document.body ? active : null;
}

export interface DialogParts {
  dialog(): HTMLDialogElement | null;
  /** The widget's own button: focus returns there when the opener has gone. */
  button(): HTMLElement;
  /** Focus the current step's heading or field. */
  focusStep(): void;
  /** The dialog closed (Escape, the × button, close()); `detached`: because the element left the page. */
  closed(detached: boolean): void;
}

export class ModalDialog implements ReactiveController {
  private opener: HTMLElement | null = null;
  private remembered: HTMLElement | null = null;
  private detaching = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly parts: DialogParts,
  ) {
    host.addController(this);
  }

  /** What has focus now, to return to on close; `open()` takes it then, unless this came first. */
  rememberOpener(): void {
    const dialog = this.parts.dialog();
    if (!dialog?.open) this.remembered = deepActiveElement();
  }

  async open(): Promise<void> {
    await this.host.updateComplete;
    const dialog = this.parts.dialog();
    if (!dialog || dialog.open || !dialog.isConnected) return;
    this.opener = this.remembered ?? deepActiveElement();
    this.remembered = null;
    dialog.showModal();
    this.parts.focusStep();
  }

  close(): void {
    const dialog = this.parts.dialog();
    if (dialog?.open) dialog.close();
  }

  /** The dialog's `close` event. */
  onClose(): void {
    const detached = this.detaching;
    this.detaching = false;
    const opener = this.opener?.isConnected ? this.opener : this.parts.button();
    this.opener = null;
    this.parts.closed(detached);
    if (!detached) opener.focus();
  }

  hostDisconnected(): void {
    this.opener = null;
    const dialog = this.parts.dialog();
    this.detaching = dialog?.open ?? false;
    // close() fires `close` later, as a task; onClose then knows it was a detach.
    if (this.detaching) dialog!.close();
  }
}
