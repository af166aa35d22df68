/**
 * The partner's address lookup as a controller, shaped like @lit/task: the latest call wins,
 * an earlier one is aborted (its late answer is dropped), and `status` and `error` say where it
 * is. Nothing is sent unless `run()` is called, which only the "Send my address" button does.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { EndpointError, lookupAddress, type EndpointFailure } from '../../../contact/endpoint.js';
import type { DistrictPair } from '../../../lookup/index.js';

export type LookupStatus = 'idle' | 'loading' | 'error';
/** `empty`: the reader pressed the button with no address typed. */
export type LookupProblem = EndpointFailure | 'empty';

export class AddressLookup implements ReactiveController {
  status: LookupStatus = 'idle';
  problem: LookupProblem | null = null;
  private current: AbortController | null = null;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** The districts of `address` in `town`, or null when it failed or a later call or cancel() took over. */
  async run(endpoint: URL, address: string, town: string, expected: readonly DistrictPair[]): Promise<DistrictPair | null> {
    this.cancel();
    if (!address.trim()) return this.fail('empty');
    const call = new AbortController();
    this.current = call;
    this.set('loading', null);
    try {
      const pair = await lookupAddress(endpoint.href, address.trim(), town, { signal: call.signal, expected });
      if (call !== this.current) return null;
      this.current = null;
      this.set('idle', null);
      return pair;
    } catch (error) {
      // The reader moved on (another town, start over, closed dialog): this answer is not theirs any more.
      if (call !== this.current) return null;
      this.current = null;
      return this.fail(error instanceof EndpointError ? error.reason : 'network');
    }
  }

  /** Stops a pending call; a failure shown stays until reset(). */
  cancel(): void {
    this.current?.abort();
    this.current = null;
    if (this.status === 'loading') this.set('idle', null);
  }

  /** A fresh start: nothing pending, nothing shown. */
  reset(): void {
    this.cancel();
    this.set('idle', null);
  }

  hostDisconnected(): void {
    this.reset();
  }

  private fail(problem: LookupProblem): null {
    this.set('error', problem);
    return null;
  }

  private set(status: LookupStatus, problem: LookupProblem | null): void {
    this.status = status;
    this.problem = problem;
    this.host.requestUpdate();
  }
}
