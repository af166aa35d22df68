// Reads Open States people data for Massachusetts, in either layout:
// - a folder laid out like ../shared/data: openstates-ma-legislature/*.yml beside SOURCES.json;
// - a checkout of Open States people: data/ma/legislature/*.yml (the as-of date is then the date
//   of the last commit that touched data/ma).
// Used by the data import and by the browser tests' shared-data plugin, so both read a
// legislator file the same way.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYamlText } from 'yaml';

/** A YAML document, read as YAML 1.2 (dates stay strings, as readLegislator expects). */
const parseYaml = (text) => parseYamlText(text, { schema: 'core', uniqueKeys: true });

export const OPEN_STATES_REPO = 'github.com/openstates/people';

/**
 * Where the legislator files of `dir` are and how old they are.
 * @returns {{ kind: 'shared' | 'openstates', legislatureDir: string, committeesDir: string, executiveDir: string, asOf: string | null, asOfFrom: string, committeesAsOf: string | null, source: string, commit: string | null }}
 */
export function locateLegislature(dir) {
  const shared = join(dir, 'openstates-ma-legislature');
  if (existsSync(shared)) {
    const sourcesPath = join(dir, 'SOURCES.json');
    const sources = existsSync(sourcesPath) ? JSON.parse(readFileSync(sourcesPath, 'utf8')) : {};
    const entry = sources['openstates-ma-legislature'];
    return {
      kind: 'shared',
      legislatureDir: shared,
      committeesDir: join(dir, 'openstates-ma-committees'),
      executiveDir: join(dir, 'openstates-ma-executive'),
      asOf: entry?.asOf ?? null,
      asOfFrom: entry?.asOf ? `${sourcesPath} ("asOf")` : `${sourcesPath} (missing or without "asOf")`,
      // Committee files carry no session: their own date tells whether the chairs are the new
      // General Court's (assignments come weeks after it convenes).
      committeesAsOf: sources['openstates-ma-committees']?.asOf ?? entry?.asOf ?? null,
      source: entry?.source ?? `${OPEN_STATES_REPO}, data/ma/legislature`,
      commit: entry?.commit ?? null,
    };
  }
  const checkout = join(dir, 'data', 'ma', 'legislature');
  if (existsSync(checkout)) {
    let asOf = null;
    let commit = null;
    let committeesAsOf = null;
    try {
      const out = execFileSync('git', ['-C', dir, 'log', '-1', '--format=%cs %H', '--', 'data/ma'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      if (out) [asOf, commit] = out.split(' ');
      committeesAsOf = execFileSync('git', ['-C', dir, 'log', '-1', '--format=%cs', '--', 'data/ma/committees'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || null;
    } catch {
      // Not a git checkout (a downloaded archive): --as-of must say how old it is.
    }
    return {
      kind: 'openstates',
      legislatureDir: checkout,
      committeesDir: join(dir, 'data', 'ma', 'committees'),
      executiveDir: join(dir, 'data', 'ma', 'executive'),
      asOf,
      asOfFrom: asOf ? `the last commit touching data/ma in ${dir}` : `${dir} (not a git checkout, or no commit touches data/ma)`,
      committeesAsOf,
      source: `${OPEN_STATES_REPO}, data/ma/legislature`,
      commit,
    };
  }
  return null;
}

/** Every legislator file of a folder, parsed; a file that cannot be read is an error naming it. */
export function readPeople(legislatureDir) {
  return readdirSync(legislatureDir)
    .filter((f) => f.endsWith('.yml') || f.endsWith('.yaml'))
    .sort()
    .map((file) => {
      try {
        return { file, doc: parseYaml(readFileSync(join(legislatureDir, file), 'utf8')) };
      } catch (error) {
        throw new Error(`cannot read ${file}: ${error.message}`);
      }
    });
}

const CHAMBER = { lower: 'house', upper: 'senate' };
const PHONE = /^\d{3}-\d{3}-\d{4}$/;
const PROFILE = /^https:\/\/malegislature\.gov\/Legislators\/Profile\/([A-Za-z0-9_ %]+)$/;

/**
 * One sitting legislator from an Open States file, with what the file has. Right after a
 * swearing-in, new members are listed before their member code, email or phone: those come back
 * as null, not as problems. Values that are present but malformed are problems, except the
 * optional district office phone: `districtPhone` is the first well-formed NNN-NNN-NNNN `voice`
 * of an office classified `district` that differs from the capitol phone, else null; a malformed
 * one is only a note (a line for the import's report).
 * @returns {{ legislator: { file: string, name: string, chamber: 'house' | 'senate', district: string, party: string | null, code: string | null, email: string | null, phone: string | null, districtPhone: string | null, startDate: string | null, id: string | null, leadership: string | null } | null, problems: string[], notes: string[] }}
 */
export function readLegislator({ file, doc }) {
  const problems = [];
  const notes = [];
  const roles = (Array.isArray(doc.roles) ? doc.roles : []).filter((r) => r && !r.end_date);
  const legislative = roles.filter((r) => r.type in CHAMBER);
  if (legislative.length === 0) {
    // Open States moves former members out of data/ma/legislature, so a file without a current
    // role means the folder is not what the import expects.
    return { legislator: null, problems: [`${file}: no current House or Senate role (every file here should be a sitting legislator)`] };
  }
  if (legislative.length > 1) return { legislator: null, problems: [`${file}: ${legislative.length} current legislative roles`] };
  const role = legislative[0];
  const chamber = CHAMBER[role.type];
  if (!role.district) return { legislator: null, problems: [`${file}: sitting ${chamber} member without a district`] };

  const name = typeof doc.name === 'string' ? doc.name.trim() : '';
  if (!name) problems.push(`${file}: no name`);
  if (/[|\n]/.test(name)) problems.push(`${file}: name contains a separator character`);

  const parties = (doc.party ?? []).filter((p) => p && !p.end_date).map((p) => p.name);
  if (parties.length > 1) problems.push(`${file}: more than one current party: ${parties.join(', ')}`);

  // The member code is the malegislature.gov id; a few files lack extras but link the profile.
  const profileCodes = (doc.links ?? [])
    .map((l) => PROFILE.exec(l?.url ?? '')?.[1])
    .filter(Boolean)
    .map((c) => decodeURIComponent(c));
  const code = doc.extras?.['member code'] ?? profileCodes[0] ?? null;
  // Codes are letters, digits, "_" and, once (Liz Miranda, "L M0"), a space; the UI URL-encodes them.
  if (code !== null && !/^[A-Za-z0-9_ ]+$/.test(code)) problems.push(`${file}: odd malegislature.gov member code "${code}"`);
  else if (code !== null && profileCodes.length && !profileCodes.includes(code)) problems.push(`${file}: member code ${code} disagrees with profile link ${profileCodes[0]}`);

  const email = typeof doc.email === 'string' && doc.email.trim() ? doc.email.trim() : null;
  if (email !== null && !/^[^@\s|]+@[^@\s|]+$/.test(email)) problems.push(`${file}: odd email "${email}"`);

  const capitol = (doc.offices ?? []).filter((o) => o?.classification === 'capitol');
  const phone = capitol.map((o) => o.voice).find((v) => typeof v === 'string' && v.trim())?.trim() ?? null;
  if (phone !== null && !PHONE.test(phone)) problems.push(`${file}: capitol phone "${phone}" is not NNN-NNN-NNNN`);

  // A second number: the office in the district, when the file lists one. Optional by nature, so a
  // number that is not NNN-NNN-NNNN ("508-757-0323 ext. 13") is left out with a note, not refused.
  const districtVoices = (doc.offices ?? []).filter((o) => o?.classification === 'district').map((o) => (typeof o.voice === 'string' ? o.voice.trim() : '')).filter(Boolean);
  const districtPhone = districtVoices.find((v) => PHONE.test(v) && v !== phone) ?? null;
  if (districtPhone === null) {
    for (const v of districtVoices.filter((v) => !PHONE.test(v))) notes.push(`${name || file}: district office phone "${v}" is not NNN-NNN-NNNN`);
  }

  const startDate = typeof role.start_date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(role.start_date) ? role.start_date : null;
  const id = typeof doc.id === 'string' ? doc.id : null;
  const leadership = typeof doc.extras?.['leadership position'] === 'string' ? doc.extras['leadership position'].trim() : null;
  return { legislator: { file, id, name, chamber, district: role.district, party: parties[0] ?? null, code, email, phone, districtPhone, startDate, leadership }, problems, notes };
}
