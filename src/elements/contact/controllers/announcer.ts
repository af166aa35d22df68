/**
 * The dialog's polite live region. A message is emptied first and set a moment later, so a
 * repeated message is spoken again; a new step clears what the last one said; the timer stops
 * when the element leaves the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class Announcer implements ReactiveController {
  /** What the live region says now. */
  text = '';
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  announce(text: string): void {
    this.clear();
    this.timer = setTimeout(() => {
      this.text = text;
      this.host.requestUpdate();
    }, 150);
  }

  /** Nothing left over from an earlier step. */
  clear(): void {
    clearTimeout(this.timer);
    if (this.text) {
      this.text = '';
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.text = '';
  }
}
