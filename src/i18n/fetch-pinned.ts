/**
 * Fetches one of the JSON files that sit beside the script (language catalogs, district tables),
 * refused unless its bytes match the Subresource Integrity hash the build wrote into the entry:
 * the partner's one pin on the entry covers them too. No cookies and no referrer; the host still
 * sees each request like any file request (the visitor's IP address, which language, that the
 * dialog was wanted), which is why the README recommends hosting the files yourself. Shared by
 * every copy of the script on the page (keyed by hash, so two versions never share a file); a
 * failure is forgotten, so a later attempt tries again.
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
      .then(
        (response) => {
          if (!response.ok) throw new Error(`${url.href} answered ${response.status}`);
          return response.json() as Promise<unknown>;
        },
        // A network error, CORS, CSP or a changed file: the browser says only "Failed to fetch".
        (error: unknown) => {
          throw new Error(`${url.href} could not be fetched (missing, blocked by CORS or connect-src, or changed since the build): ${error instanceof Error ? error.message : String(error)}`);
        },
      )
      .finally(() => clearTimeout(timer));
    shared.set(integrity, request);
    request.catch(() => shared.delete(integrity));
  }
  return request;
}
