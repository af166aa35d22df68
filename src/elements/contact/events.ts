/**
 * The contact flow's events, as typed classes: they bubble and cross shadow roots (composed), and
 * none carries the reader's town, ward, precinct or address. Listen with the type names, e.g.
 * `document.addEventListener('sca-action', (event) => …)`; `event.detail` is typed.
 */
import type { Chamber } from '../../lookup/index.js';
import type { TargetKind } from '../../content/scripts.js';

/** `list`: the reader picked a legislator they recognized from the candidates of a split town. */
export type LookupMethod = 'town' | 'precinct' | 'address' | 'list';
export type ContactChannel = 'call' | 'email' | 'copy';
export type Outcome = 'called' | 'emailed';

/** Where the reader's districts came from; named districts only, never the town or address. */
export interface LookupDetail {
  method: LookupMethod;
  /** Both for a lookup; only the chosen legislator's chamber for `list`. */
  districts: { house?: string; senate?: string };
}
export type { TargetKind };
/**
 * The reader chose to call, email or copy a script. `target` says whose card: the reader's `own`
 * legislator, or an extra one of `also-contact` (`committee`, `leadership`, `governor`, `member`).
 * The governor has no chamber or district, so those two are absent on a governor's card.
 */
export interface ActionDetail {
  channel: ContactChannel;
  target: TargetKind;
  chamber?: Chamber;
  district?: string;
  legislator: string;
}
/** @deprecated The detail of `sca-action`, under its 0.1 name. */
export type ContactDetail = ActionDetail;
export interface OutcomeDetail {
  outcome: Outcome;
  target: TargetKind;
  chamber?: Chamber;
  district?: string;
  legislator: string;
}

const init = <T>(detail: T) => ({ detail, bubbles: true, composed: true });

/** Districts were found. */
export class ScaLookupEvent extends CustomEvent<LookupDetail> {
  static readonly type = 'sca-lookup';
  constructor(detail: LookupDetail) {
    super(ScaLookupEvent.type, init(detail));
  }
}

/** The reader chose to call, email or copy. */
export class ScaActionEvent extends CustomEvent<ActionDetail> {
  static readonly type = 'sca-action';
  constructor(detail: ActionDetail) {
    super(ScaActionEvent.type, init(detail));
  }
}

/**
 * The 0.1 name of `sca-action` (an event named like its element read as nonsense). Fired right
 * after each `sca-action` until 0.3; listen to one of the two, not both.
 * @deprecated Use `sca-action`.
 */
export class ScaContactEvent extends CustomEvent<ActionDetail> {
  static readonly type = 'sca-contact';
  constructor(detail: ActionDetail) {
    super(ScaContactEvent.type, init(detail));
  }
}

/** The reader said they called or emailed. */
export class ScaOutcomeEvent extends CustomEvent<OutcomeDetail> {
  static readonly type = 'sca-outcome';
  constructor(detail: OutcomeDetail) {
    super(ScaOutcomeEvent.type, init(detail));
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sca-lookup': ScaLookupEvent;
    'sca-action': ScaActionEvent;
    'sca-contact': ScaContactEvent;
    'sca-outcome': ScaOutcomeEvent;
  }
}
