/**
 * The optional address lookup through a partner's own endpoint: only used when the partner set
 * `lookup-endpoint` and the reader agreed to send their address there.
 *
 * Protocol: `POST <endpoint>` with JSON `{ "address": "...", "town": "..." }`; the answer is JSON
 * `{ "house": "<district name>", "senate": "<district name>" }`, either spelling of the names
 * ("18th Essex" or "Eighteenth Essex"). No cookies or referrer are sent.
 */
import { findDistrictByName, type DistrictPair } from '../lookup/index.js';

export type EndpointFailure = 'timeout' | 'network' | 'http' | 'invalid';

export class EndpointError extends Error {
  constructor(
    readonly reason: EndpointFailure,
    detail: string,
  ) {
    super(`Address lookup failed (${reason}): ${detail}`);
  }
}

export interface EndpointOptions {
  timeoutMs?: number;
  fetch?: typeof fetch;
  /** Aborts the request when the reader moves on. */
  signal?: AbortSignal;
  /** The House and Senate pairs the town has: any other pair describes some other place. */
  expected?: readonly DistrictPair[];
}

/**
 * The endpoint as fetch() would resolve it: against the document's base URL (which a `<base>`
 * element changes), so the check, the consent line and the request all name one server. Only an
 * encrypted address on the web, or a server on this computer for development: the reader's
 * address must not cross the network in the clear. null for none (blank) or a refused one.
 */
export function resolveEndpoint(endpoint: string, base: string): URL | null {
  const written = endpoint.trim();
  if (!written) return null;
  try {
    const url = new URL(written, base);
    return url.protocol === 'https:' || (url.protocol === 'http:' && /^(localhost|127\.0\.0\.1|\[::1\])$/.test(url.hostname)) ? url : null;
  } catch {
    return null;
  }
}


export const DEFAULT_TIMEOUT_MS = 8000;
/** An answer is two district names: anything longer than this is not an answer. */
export const MAX_ANSWER_BYTES = 64 * 1024;

export async function lookupAddress(
  endpoint: string,
  address: string,
  town: string,
  options: EndpointOptions = {},
): Promise<DistrictPair> {
  const doFetch = options.fetch ?? fetch;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const stop = () => controller.abort();
  options.signal?.addEventListener('abort', stop);
  let body: unknown;
  try {
    let response: Response;
    try {
      response = await doFetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ address, town }),
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        cache: 'no-store',
        // A redirect would re-send the address to a server the consent line never named.
        redirect: 'error',
        signal: controller.signal,
      });
    } catch (error) {
      if (controller.signal.aborted) throw new EndpointError('timeout', 'no answer in time');
      throw new EndpointError('network', String(error));
    }
    if (!response.ok) throw new EndpointError('http', `status ${response.status}`);
    let text: string;
    try {
      text = await readCapped(response, MAX_ANSWER_BYTES);
    } catch (error) {
      if (error instanceof EndpointError) throw error;
      if (controller.signal.aborted) throw new EndpointError('timeout', 'the answer did not finish in time');
      throw new EndpointError('network', String(error));
    }
    try {
      body = JSON.parse(text);
    } catch {
      throw new EndpointError('invalid', 'the answer is not JSON');
    }
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', stop);
  }
  const pair = parseDistricts(body);
  if (options.expected && !options.expected.some((known) => known.house === pair.house && known.senate === pair.senate)) {
    throw new EndpointError('invalid', `${pair.house.name} / ${pair.senate.name} is not a pair of districts of this town`);
  }
  return pair;
}

/**
 * The body as text, read chunk by chunk and abandoned past `limit` bytes: a huge answer must
 * not fill the reader's memory or crash the JSON parser (50 MB of "[" does, in Chromium).
 */
async function readCapped(response: Response, limit: number): Promise<string> {
  const tooLarge = () => new EndpointError('invalid', `the answer is larger than ${limit} bytes`);
  if (Number(response.headers.get('content-length') ?? 0) > limit) {
    void response.body?.cancel();
    throw tooLarge();
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      void reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

export function parseDistricts(body: unknown): DistrictPair {
  if (typeof body !== 'object' || body === null) throw new EndpointError('invalid', 'the answer is not an object');
  const { house, senate } = body as Record<string, unknown>;
  if (typeof house !== 'string' || typeof senate !== 'string') {
    throw new EndpointError('invalid', 'the answer lacks "house" and "senate" names');
  }
  const houseDistrict = findDistrictByName(house, 'house');
  const senateDistrict = findDistrictByName(senate, 'senate');
  if (!houseDistrict || !senateDistrict) {
    throw new EndpointError('invalid', `unknown district "${!houseDistrict ? house : senate}"`);
  }
  return { house: houseDistrict, senate: senateDistrict };
}
