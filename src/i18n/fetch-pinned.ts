/**
 * Fetches one of the JSON files that sit beside the script (language catalogs, district tables),
 * refused unless its bytes match the Subresource Integrity hash the build wrote into the entry:
 * the partner's one pin on the entry covers them too. No cookies, no referrer: the host learns
 * only that the file was wanted. Shared by every copy of the script on the page (keyed by hash,
 * so two versions never share a file); a failure is forgotten, so a later attempt tries again.
 */
const shared = ((globalThis as Record<symbol, unknown>)[Symbol.for('safe-communities-widgets.fetched')] ??= new Map()) as Map<
  string,
  Promise<unknown>
>;

export function fetchPinned(url: URL, integrity: string, timeoutMs: number): Promise<unknown> {
  let request = shared.get(integrity);
  if (!request) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new Error(`${url.href} did not arrive within ${timeoutMs / 1000} seconds`)), timeoutMs);
    request = fetch(url, { integrity, credentials: 'omit', referrerPolicy: 'no-referrer', signal: controller.signal })
      .then((response) => {
        if (!response.ok) throw new Error(`${url.href} answered ${response.status}`);
        return response.json() as Promise<unknown>;
      })
      .finally(() => clearTimeout(timer));
    shared.set(integrity, request);
    request.catch(() => shared.delete(integrity));
  }
  return request;
}
