// A stand-in for a partner's address-lookup endpoint: a Koa middleware for the test server at
// /__mock/lookup/<mode>. Modes: ok, spelled (district names in words), http-error, garbage,
// not-json, unknown-district, elsewhere (another town's districts), mismatched (two of the town's districts that are not a pair), redirect (307), slow (3 s). GET /__mock/lookup/last-request returns
// what the last lookup received, so tests can check what was sent and what was not.
let lastRequest = null;

function readBody(request) {
  return new Promise((resolve) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => resolve(body));
  });
}

const ANSWERS = {
  // A pair some Cambridge precinct really has (ward 1 precinct 2).
  ok: { house: '2nd Suffolk', senate: 'Middlesex and Suffolk' },
  // Both Cambridge districts, but no Cambridge precinct has them together.
  mismatched: { house: '2nd Suffolk', senate: 'Second Middlesex' },
  spelled: { house: 'Twenty-Fifth Middlesex', senate: 'Second Middlesex' },
  'unknown-district': { house: '99th Atlantis', senate: 'Second Middlesex' },
  // Real districts, but not Cambridge's: a geocoder that found a Main Street in another town.
  elsewhere: { house: '7th Plymouth', senate: 'Norfolk and Plymouth' },
  garbage: { districts: ['who knows'] },
};

export function mockLookupMiddleware() {
  return async (context, next) => {
    const match = /^\/__mock\/lookup\/([a-z-]+)$/.exec(context.path);
    if (!match) return next();
    const mode = match[1];
    context.set('cache-control', 'no-store');
    if (mode === 'last-request') {
      context.type = 'json';
      context.body = JSON.stringify(lastRequest);
      return;
    }
    const raw = await readBody(context.req);
    lastRequest = {
      method: context.method,
      contentType: context.get('content-type') || null,
      cookie: context.get('cookie') || null,
      referer: context.get('referer') || null,
      body: raw ? JSON.parse(raw) : null,
    };
    if (mode === 'slow') await new Promise((resolve) => setTimeout(resolve, 3000));
    if (mode === 'redirect') {
      // Would re-send the POST body (the address) to wherever it points.
      context.status = 307;
      context.set('location', '/__mock/lookup/ok');
      return;
    }
    if (mode === 'http-error') {
      context.status = 500;
      context.body = 'Internal error';
    } else if (mode === 'not-json') {
      context.type = 'html';
      context.body = '<html>Oops</html>';
    } else {
      context.type = 'json';
      context.body = JSON.stringify(ANSWERS[mode] ?? ANSWERS.ok);
    }
  };
}
