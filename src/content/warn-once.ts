/**
 * Reports a partner's configuration problems in one console warning, and only when they change:
 * an element re-renders often, and the same warning on every render would bury it.
 */
export class WarnOnce {
  private last = '';

  constructor(private readonly tag: string) {}

  report(problems: readonly string[], intro: string): void {
    const report = problems.join('\n');
    if (report && report !== this.last) console.warn(`<${this.tag}>: ${intro}:\n${report}`);
    this.last = report;
  }
}
