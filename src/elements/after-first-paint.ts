/**
 * Part of an element drawn one frame after the rest: the three provisions are what a reader came
 * for, and on a slow phone they show sooner when what sits below them (the explainer's common
 * questions, the campaign's contact action) is not built in the same frame (npm run bench, first
 * render). Nothing above the deferred part moves. The host's `updateComplete` waits for it
 * (`whenShown`), so a script or test that awaits it sees the whole element.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class AfterFirstPaint implements ReactiveController {
  shown = false;
  private scheduled: Promise<void> | null = null;

  /** @param ready whether the host has drawn its real content yet (not the language placeholder). */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly ready: () => boolean,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.shown || this.scheduled || !this.ready()) return;
    this.scheduled = new Promise<void>((resolve) => {
      const show = () => {
        if (this.shown) return;
        this.shown = true;
        this.host.requestUpdate();
        resolve();
      };
      // After the next paint; a page in a background tab gets no frames, so a timer backs it up.
      const timer = setTimeout(show, 100);
      requestAnimationFrame(() => setTimeout(() => (clearTimeout(timer), show())));
    });
  }

  /** For the host's `getUpdateComplete`: true when it had to wait, so the host awaits its own update again. */
  async whenShown(): Promise<boolean> {
    if (!this.scheduled || this.shown) return false;
    await this.scheduled;
    return true;
  }
}
