#!/usr/bin/env node
// Joins the Open States legislator files to the precinct→district table and writes the
// compact, committed data module src/data/ma-districts.ts, then prints a change report against
// the module it replaces (the maintainer's release note).
//
//   npm run data -- [DIR] [--precincts FILE] [--out DIR] [--as-of YYYY-MM-DD] [--previous FILE] [--report FILE]
//
// DIR is a folder laid out like ../shared/data (the default) or a checkout of Open States people
// (github.com/openstates/people, with data/ma/legislature). The import refuses to write anything
// when the inputs do not line up: a district that does not join, a legislator without a district,
// two members in one seat, a malformed file. A wrong district silently shipped would send a
// reader to the wrong legislator, so loud failure is the point. What changes from one snapshot to
// the next (members, vacancies, phones) goes through and is reported.

import { readFileSync, writeFileSync, mkdirSync, existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { importTs } from './lib/import-ts.mjs';
import { locateLegislature, readLegislator, readPeople } from './lib/openstates.mjs';

// The same CSV reader and ordinal parsing as the lookup code, so import and lookup cannot disagree.
const { readCsv } = await importTs('src/build-tools/csv.ts');
const { districtKey, leadingOrdinal, ordinalNumeral } = await importTs('src/lookup/normalize.ts');
// The format's vocabulary, shared with the decoder in src/lookup/decode.ts.
const { CAPITOL_PHONE_PREFIX, DIGITS, EMAIL_DOMAIN, NO_EMAIL, PARTY_LETTERS, emailNames } = await importTs('src/lookup/encoding.ts');
const { decodeDistricts, decodePrecincts, wardLabel, NO_WARD } = await importTs('src/lookup/decode.ts');
const { firstWednesdayOfJanuary, generalCourtOn, sessionYears } = await importTs('src/lookup/session.ts');
const PARTY = Object.fromEntries(Object.entries(PARTY_LETTERS).map(([letter, name]) => [name, letter]));

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sharedData = join(repoRoot, '..', 'shared', 'data');
const USAGE = `Usage: npm run data -- [DIR] [--precincts FILE] [--out DIR] [--as-of YYYY-MM-DD] [--previous FILE] [--report FILE]

  DIR          a folder laid out like ../shared/data (openstates-ma-legislature/ and SOURCES.json),
               or a checkout of Open States people: git clone --depth 1 https://github.com/openstates/people
               (default: ../shared/data)
  --precincts  the ward and precinct CSV (default: the ma-precincts-districts-*.csv inside DIR,
               else ../shared/data/ma-precincts-districts-2022.csv)
  --out        where ma-districts.ts and ma-offices.ts are written (default: src/data/)
  --as-of      the date of the legislator data (default: SOURCES.json's asOf, or the date of the
               checkout's last commit touching data/ma)
  --previous   the data module to compare with (default: the one in --out)
  --report     also write the change report (Markdown) to this file`;

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      precincts: { type: 'string' },
      out: { type: 'string' },
      'as-of': { type: 'string' },
      previous: { type: 'string' },
      report: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  console.error(`import-data: ${error.message}\n\n${USAGE}`);
  process.exit(2);
}
if (args.values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (args.positionals.length > 1) {
  console.error(`import-data: one input folder at most, got ${args.positionals.join(', ')}\n\n${USAGE}`);
  process.exit(2);
}

const problems = [];
const problem = (msg) => problems.push(msg);
function failIfProblems(stage) {
  if (problems.length === 0) return;
  console.error(`import-data: ${stage} failed with ${problems.length} problem(s):`);
  for (const p of problems) console.error(`  - ${p}`);
  console.error('Nothing was written.');
  process.exit(1);
}
function die(msg) {
  console.error(`import-data: ${msg}\nNothing was written.`);
  process.exit(1);
}

const dataDir = resolve(args.positionals[0] ?? sharedData);
const legislature = locateLegislature(dataDir);
if (!legislature) {
  die(`no legislator data in ${dataDir}.
It must be a folder laid out like ../shared/data (with openstates-ma-legislature/ and SOURCES.json)
or a checkout of Open States people (with data/ma/legislature/). To refresh from the real source:
  git clone --depth 1 https://github.com/openstates/people /tmp/people && npm run data -- /tmp/people
See "Keeping the legislator data current" in the README.

${USAGE}`);
}

/** A real calendar date written YYYY-MM-DD, or null. */
function isoDate(value) {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value ? value : null;
}

const asOfArg = args.values['as-of'];
if (asOfArg !== undefined && !isoDate(asOfArg)) die(`--as-of "${asOfArg}" is not a date written YYYY-MM-DD`);
const legislatorsAsOf = asOfArg ?? isoDate(legislature.asOf);
if (!legislatorsAsOf) die(`cannot tell how old the legislator data is: nothing usable in ${legislature.asOfFrom}. Pass --as-of YYYY-MM-DD.`);
/** The session by the date of the data; it may still list the previous session's members (below). */
const courtByDate = generalCourtOn(legislatorsAsOf);

function findPrecinctCsv() {
  if (args.values.precincts) return resolve(args.values.precincts);
  const inside = existsSync(dataDir) ? readdirSync(dataDir).filter((f) => /^ma-precincts-districts-.*\.csv$/.test(f)).sort() : [];
  if (inside.length > 1) die(`${dataDir} holds ${inside.length} precinct tables (${inside.join(', ')}): choose one with --precincts`);
  return inside.length ? join(dataDir, inside[0]) : join(sharedData, 'ma-precincts-districts-2022.csv');
}
const csvPath = findPrecinctCsv();
if (!existsSync(csvPath)) die(`precinct table ${csvPath} not found: pass --precincts FILE.\n\n${USAGE}`);
/** The election whose returns assign precincts to districts: SOURCES.json beside the CSV, else the year in its name. */
function precinctsAsOf() {
  const sourcesPath = join(dirname(csvPath), 'SOURCES.json');
  const entry = existsSync(sourcesPath) ? JSON.parse(readFileSync(sourcesPath, 'utf8'))[basename(csvPath)] : undefined;
  const date = isoDate(entry?.asOf) ?? /(\d{4})\.csv$/.exec(csvPath)?.[1];
  if (!date) die(`cannot tell which election ${csvPath} comes from: add its "asOf" to ${sourcesPath}, or keep the year at the end of its name`);
  return date;
}
const DISTRICTS_AS_OF = precinctsAsOf();

const outDir = resolve(args.values.out ?? join(repoRoot, 'src', 'data'));
const outPath = join(outDir, 'ma-districts.ts');
const officesPath = join(outDir, 'ma-offices.ts');
const previousPath = resolve(args.values.previous ?? outPath);
const neighborhoodsPath = join(repoRoot, 'scripts', 'data', 'neighborhoods.json');

// The numbers fixed by law, not by one snapshot: 160 House and 40 Senate seats (drawn in 2021)
// over 351 cities and towns. Changing any of these is a decision, not a fix.
const EXPECTED = {
  houseDistricts: 160,
  senateDistricts: 40,
  municipalities: 351,
};
/** More empty seats than this means the legislator folder is incomplete, not that seats fell vacant. */
const MAX_VACANCIES = 20;

// ---------------------------------------------------------------------------
// District names: the CSV writes "Twenty-Second Middlesex" and "Worcester & Hampden", Open States
// "22nd Middlesex" and "Worcester and Hampden". Keep this in step with districtKey() in
// src/lookup/normalize.ts (the full-data test checks that every CSV spelling resolves).

// The lookup's own rule (districtKey: "22 middlesex"), so import and lookup join names alike.
const keyOf = (chamber, name) => `${chamber}:${districtKey(name)}`;
const ordinalOf = (name) => Number.parseInt(districtKey(name), 10);

/** Display form of the part after the ordinal: "Berkshire, Hampden, Franklin & Hampshire" → "… and Hampshire" */
function displayBase(name) {
  const words = name.replace(/&/g, ' and ').trim().split(/[\s-]+/);
  const ord = leadingOrdinal(words.map((w) => w.toLowerCase().replace(/[^a-z0-9]/g, '')));
  return words.slice(ord ? ord[1] : 0).join(' ');
}

// ---------------------------------------------------------------------------
// Read the inputs.

const csv = readCsv(readFileSync(csvPath, 'utf8'));
if (csv.ragged.length) die(`${csvPath}: rows ${csv.ragged.slice(0, 5).join(', ')} do not have ${csv.header.length} fields`);
const rows = csv.records;
for (const col of ['city_town', 'Ward', 'Pct', 'State_Rep', 'State_Senate']) {
  if (!rows.length || !(col in rows[0])) die(`${csvPath}: missing column ${col}`);
}

let people;
try {
  people = readPeople(legislature.legislatureDir);
} catch (error) {
  die(error.message);
}

// ---------------------------------------------------------------------------
// Districts from the CSV: the authoritative list of the 200 seats.

const districts = new Map(); // key → { key, chamber, ordinal, base, spellings: Set, member, index }
function districtFor(chamber, name, source) {
  if (!name) {
    problem(`${source}: empty ${chamber} district`);
    return null;
  }
  const key = keyOf(chamber, name);
  let d = districts.get(key);
  if (!d) {
    const ordinal = ordinalOf(name);
    d = { key, chamber, ordinal, base: displayBase(name), spellings: new Set(), member: null };
    districts.set(key, d);
  }
  d.spellings.add(name);
  return d;
}

const towns = new Map(); // name → { name, rows: [{ ward, pct, house, senate }] }
const seenPrecincts = new Set();
rows.forEach((r, i) => {
  const src = `${csvPath.split('/').pop()} row ${i + 2}`;
  const name = r.city_town;
  if (!name) return problem(`${src}: empty city_town`);
  const ward = r.Ward === '-' ? null : r.Ward.toUpperCase();
  const pct = r.Pct.toUpperCase();
  if (ward !== null && !/^[0-9A-Z]+$/.test(ward)) problem(`${src}: odd ward "${r.Ward}"`);
  if (!/^[0-9A-Z]+$/.test(pct)) problem(`${src}: odd precinct "${r.Pct}"`);
  const id = `${name}|${ward}|${pct}`;
  if (seenPrecincts.has(id)) problem(`${src}: duplicate precinct ${name} ward ${r.Ward} precinct ${r.Pct}`);
  seenPrecincts.add(id);
  const house = districtFor('house', r.State_Rep, src);
  const senate = districtFor('senate', r.State_Senate, src);
  if (!towns.has(name)) towns.set(name, { name, rows: [] });
  towns.get(name).rows.push({ ward, pct, house, senate });
});
failIfProblems('reading the precinct table');

for (const t of towns.values()) {
  const wardStyles = new Set(t.rows.map((r) => r.ward === null));
  if (wardStyles.size > 1) problem(`${t.name}: some rows have a ward and some do not`);
  t.hasWards = t.rows[0].ward !== null;
  t.pairs = [...new Set(t.rows.map((r) => `${r.house.key}\n${r.senate.key}`))];
  t.split = t.pairs.length > 1;
}

const house = [...districts.values()].filter((d) => d.chamber === 'house');
const senate = [...districts.values()].filter((d) => d.chamber === 'senate');
const splitTowns = [...towns.values()].filter((t) => t.split);
const checkCount = (what, got, want) => got !== want && problem(`expected ${want} ${what}, found ${got}`);
checkCount('municipalities', towns.size, EXPECTED.municipalities);
checkCount('House districts in the precinct table', house.length, EXPECTED.houseDistricts);
checkCount('Senate districts in the precinct table', senate.length, EXPECTED.senateDistricts);
failIfProblems('checking the precinct table');

// ---------------------------------------------------------------------------
// Sitting legislators: the one role without end_date. Joined to the CSV districts.

let sitting = 0;
/** Values left out without failing the import (a district office phone that is not NNN-NNN-NNNN): the report lists them. */
const dataNotes = [];
for (const person of people) {
  const { legislator: l, problems: found, notes = [] } = readLegislator(person);
  found.forEach(problem);
  if (!l) continue;
  dataNotes.push(...notes);
  const key = keyOf(l.chamber, l.district);
  const d = districts.get(key);
  if (!d) {
    problem(`${l.file}: ${l.chamber} district "${l.district}" is not in the precinct table (key ${key})`);
    continue;
  }
  if (d.member) {
    problem(`${l.file}: ${l.chamber} district "${l.district}" already held by ${d.member.name} (${d.member.file})`);
    continue;
  }
  if (l.party !== null && !PARTY[l.party]) problem(`${l.file}: unknown party "${l.party}" (add it to PARTY_LETTERS in src/lookup/encoding.ts)`);
  sitting++;
  d.spellings.add(l.district);
  d.member = l;
}
failIfProblems('joining Open States legislators to districts');

// Every seat without a sitting member is a vacancy: seats fall vacant and are filled between
// snapshots, and the change report names each one. Many at once means files are missing.
const vacant = [...districts.values()].filter((d) => !d.member);
if (vacant.length > MAX_VACANCIES) {
  problem(`${vacant.length} of ${districts.size} seats have no sitting member (more than ${MAX_VACANCIES}): is ${legislature.legislatureDir} complete?`);
}
failIfProblems('checking vacancies');

// The date of a snapshot says when it was taken, not whose terms it lists: a fix to an old
// member's file committed the day after a swearing-in, before Open States adds the new members,
// still lists the old Legislature. No member whose current term began in the new session means
// the data is still the previous session's.
const latestStart = [...districts.values()]
  .map((d) => d.member?.startDate)
  .filter((date) => date && date <= legislatorsAsOf)
  .sort()
  .at(-1);
const courtByRoles = latestStart ? generalCourtOn(latestStart) : courtByDate;
const court = courtByRoles.number < courtByDate.number ? courtByRoles : courtByDate;
const sessionNote =
  court === courtByDate
    ? null
    : `Dated ${legislatorsAsOf}, in the ${ordinalNumeral(courtByDate.number)} General Court, but no member's current term began on or after ${courtByDate.convened} (latest start: ${latestStart}): recorded as the ${ordinalNumeral(court.number)}, whose members these still are.`;

// ---------------------------------------------------------------------------
// Offices beyond a reader's own legislators (`also-contact`): leadership from the legislator
// files, committee chairs from the committee files (joined by person id), the governor from the
// executive files. These people change with a session as members do; the widget shows them only
// while their term runs (src/lookup/offices.ts).

const sittingById = new Map();
const sittingByName = new Map();
for (const d of districts.values()) {
  if (!d.member) continue;
  if (d.member.id) sittingById.set(d.member.id, d.member);
  sittingByName.set(d.member.name.toLowerCase(), d.member);
}

/** The leadership posts a partner can name, by their words in `extras."leadership position"`. */
const LEADERSHIP_POSTS = { speaker: 'Speaker of the House', 'senate-president': 'President of the Senate' };
const leadership = {};
for (const d of districts.values()) {
  const position = d.member?.leadership;
  const post = Object.keys(LEADERSHIP_POSTS).find((key) => LEADERSHIP_POSTS[key] === position);
  if (!post) continue;
  if (leadership[post]) problem(`${d.member.file}: a second "${position}" (${leadership[post].name} is one)`);
  else leadership[post] = d.member;
}
for (const [post, position] of Object.entries(LEADERSHIP_POSTS)) {
  if (leadership[post] && !leadership[post].code) problem(`${leadership[post].file}: the ${position} has no member code`);
}

const COMMITTEE_CHAMBER = { legislature: 'j', lower: 'h', upper: 's' };
const COMMITTEE_PREFIX = { j: 'Joint Committee on', h: 'House Committee on', s: 'Senate Committee on' };
const COMMITTEE_CODE = /^https:\/\/malegislature\.gov\/Committees\/Detail\/([A-Z]+\d+)$/;
const committeeNotes = [];
const committees = [];
const committeesDir = legislature.committeesDir;
// Chairs are named by the new General Court weeks after it convenes: committee data older than
// the session would list the last session's chairs as today's, so none are imported then.
const committeesAsOf = isoDate(legislature.committeesAsOf) ?? legislatorsAsOf;
const committeesStale = committeesAsOf < court.convened;
if (committeesStale && committeesDir && existsSync(committeesDir)) {
  committeeNotes.push(`no committee chairs imported: the committee data (as of ${committeesAsOf}) is older than the ${ordinalNumeral(court.number)} General Court (convened ${court.convened}), so its chairs may be the last session's`);
}
if (!committeesStale && committeesDir && existsSync(committeesDir)) {
  for (const { file, doc } of readPeople(committeesDir)) {
    const chamber = COMMITTEE_CHAMBER[doc.chamber];
    const name = typeof doc.name === 'string' ? doc.name.trim() : '';
    if (!chamber || !name) {
      problem(`${file}: a committee without a chamber or a name`);
      continue;
    }
    const codes = [...new Set([...(doc.links ?? []), ...(doc.sources ?? [])].map((link) => COMMITTEE_CODE.exec(link?.url ?? '')?.[1]).filter(Boolean))].sort();
    if (!codes.length) {
      committeeNotes.push(`${name} (${file}) has no malegislature.gov committee code, so it cannot be named in also-contact`);
      continue;
    }
    // "Initiative Petitions Special" is the Special Joint Committee on Initiative Petitions.
    const special = /\s+Special$/.exec(name);
    const fullName = special ? `Special ${COMMITTEE_PREFIX[chamber]} ${name.slice(0, special.index)}` : `${COMMITTEE_PREFIX[chamber]} ${name}`;
    const chairs = [];
    for (const member of (doc.members ?? []).filter((m) => m?.role === 'chair')) {
      const sitting = sittingById.get(member.person_id) ?? (member.person_id ? undefined : sittingByName.get(String(member.name).toLowerCase()));
      if (!sitting?.code) committeeNotes.push(`${fullName}: chair ${member.name} is not a sitting legislator with a member code in this data, so is left out`);
      else chairs.push(sitting.code);
    }
    if (/[|\n]/.test(fullName)) problem(`${file}: committee name contains a separator character`);
    for (const code of codes) {
      const other = committees.find((c) => c.codes.includes(code));
      if (other) problem(`${file}: committee code ${code} is also ${other.name}'s`);
    }
    committees.push({ codes, chamber, name: fullName, chairs });
  }
  committees.sort((a, b) => (a.codes[0] < b.codes[0] ? -1 : 1));
}

/** The governor: the executive file whose current role is of type governor (the folder holds others too). */
let governor = null;
const executiveDir = legislature.executiveDir;
if (executiveDir && existsSync(executiveDir)) {
  // The role in office on the data's date: not a governor-elect's future one, not an ended term.
  const inOffice = (r) => r?.type === 'governor' && (!r.start_date || r.start_date <= legislatorsAsOf) && (!r.end_date || r.end_date >= legislatorsAsOf);
  const governors = readPeople(executiveDir).filter(({ doc }) => (doc.roles ?? []).some(inOffice));
  if (governors.length > 1) problem(`${governors.length} current governors in ${executiveDir}: ${governors.map((g) => g.file).join(', ')}`);
  const found = governors[0];
  if (found) {
    const { doc, file } = found;
    const role = doc.roles.find(inOffice);
    const phone = (doc.offices ?? []).map((o) => o?.voice).find((v) => typeof v === 'string' && /^\d{3}-\d{3}-\d{4}$/.test(v.trim()))?.trim() ?? '';
    const webform = (doc.links ?? []).find((l) => l?.note === 'webform' && /^https:\/\//.test(l.url ?? ''))?.url ?? '';
    const email = typeof doc.email === 'string' ? doc.email.trim() : '';
    const party = (doc.party ?? []).find((p) => p && !p.end_date)?.name ?? null;
    // Open States' end_date is an estimate: the term ends when the next governor is sworn in, the
    // Thursday after the first Wednesday of January after the election (the year of its end_date).
    const endYear = Number(String(role.end_date ?? '').slice(0, 4));
    const ends = endYear ? new Date(Date.parse(`${firstWednesdayOfJanuary(endYear)}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10) : '';
    if (!ends) problem(`${file}: the governor's role has no end_date to tell when the term ends`);
    if (party !== null && !PARTY[party]) problem(`${file}: unknown party "${party}"`);
    if (!phone && !email && !webform) problem(`${file}: the governor has no phone, email or web form`);
    if ([doc.name, webform, email].some((v) => /[|\n]/.test(v ?? ''))) problem(`${file}: a separator character in the governor's details`);
    governor = { name: String(doc.name).trim(), party: party === null ? '' : PARTY[party], phone, email, webform, starts: role.start_date ?? '', ends };
  }
}
failIfProblems('reading leadership, committees and the governor');

// ---------------------------------------------------------------------------
// Neighborhoods.

const neighborhoodsSrc = JSON.parse(readFileSync(neighborhoodsPath, 'utf8'));
const foldName = (s) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '');
const townByFold = new Map([...towns.keys()].map((n) => [foldName(n), n]));
const neighborhoods = Object.entries(neighborhoodsSrc.places).map(([place, to]) => {
  const list = Array.isArray(to) ? to : [to];
  if (list.length === 0) problem(`neighborhoods.json: "${place}" maps to nothing`);
  for (const m of list) if (!towns.has(m)) problem(`neighborhoods.json: "${place}" maps to unknown municipality "${m}"`);
  if (townByFold.has(foldName(place))) problem(`neighborhoods.json: "${place}" is itself a municipality`);
  if (/[|:,\n]/.test(place)) problem(`neighborhoods.json: "${place}" contains a separator character`);
  return [place, list];
});
failIfProblems('checking neighborhoods.json');

// ---------------------------------------------------------------------------
// Encode. The format is documented where it is read: src/lookup/data.ts.


function natural(a, b) {
  const ma = /^(\d*)(.*)$/.exec(a);
  const mb = /^(\d*)(.*)$/.exec(b);
  const na = ma[1] === '' ? Infinity : Number(ma[1]);
  const nb = mb[1] === '' ? Infinity : Number(mb[1]);
  if (na !== nb) return na < nb ? -1 : 1;
  return ma[2] < mb[2] ? -1 : ma[2] > mb[2] ? 1 : 0;
}

// District order: House then Senate; within a chamber by base, then ordinal. Seats are stored as
// base plus a count (seats 1..n), which only works when numbering has no gaps, so check that.
const bases = [...new Set([...districts.values()].map((d) => d.base))].sort();
const baseIndex = new Map(bases.map((b, i) => [b, i]));
function chamberGroups(list) {
  const byBase = new Map();
  for (const d of list) {
    if (!byBase.has(d.base)) byBase.set(d.base, []);
    byBase.get(d.base).push(d);
  }
  const ordered = [];
  const spec = [];
  for (const [base, ds] of [...byBase.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    ds.sort((a, b) => a.ordinal - b.ordinal);
    if (ds.length === 1 && ds[0].ordinal === 0) spec.push(`${baseIndex.get(base)}`);
    else {
      ds.forEach((d, i) => {
        if (d.ordinal !== i + 1) problem(`${d.chamber} districts of ${base} are not numbered 1..${ds.length} (found ordinal ${d.ordinal})`);
      });
      spec.push(`${baseIndex.get(base)}*${ds.length}`);
    }
    ordered.push(...ds);
  }
  return { ordered, spec: spec.join(',') };
}
const houseGroups = chamberGroups(house);
const senateGroups = chamberGroups(senate);
failIfProblems('encoding districts');
houseGroups.ordered.forEach((d, i) => (d.index = i));
senateGroups.ordered.forEach((d, i) => (d.index = i));
const ordered = [...houseGroups.ordered, ...senateGroups.ordered];
if (house.length > DIGITS.length ** 2 || senate.length > DIGITS.length) die('too many districts for the pair encoding');

// A House/Senate pair is three characters: House index in two base-62 digits, Senate in one.
const pairCode = (r) => DIGITS[Math.floor(r.house.index / 62)] + DIGITS[r.house.index % 62] + DIGITS[r.senate.index];

function memberLine(d) {
  const m = d.member;
  if (!m) return '';
  const phone = m.phone === null ? '' : m.phone.startsWith(CAPITOL_PHONE_PREFIX) ? m.phone.slice(CAPITOL_PHONE_PREFIX.length) : m.phone;
  // The district office phone came last (sixth field), so a line of the five-field format still reads.
  return [m.code ?? '', m.name, m.party === null ? '' : PARTY[m.party], phone, emailField(d.chamber, m), m.districtPhone ?? ''].join('|');
}

function emailField(chamber, m) {
  if (m.email === null) return NO_EMAIL;
  const domain = `@${EMAIL_DOMAIN[chamber]}`;
  const email = m.email.toLowerCase().endsWith(domain) ? m.email.slice(0, -domain.length) : m.email;
  // Most addresses are first.last of the display name, many nickname.last: store only what differs.
  const { first, last } = emailNames(m.name);
  if (email === `${first}.${last}`) return '';
  if (email.endsWith(`.${last}`) && !email.includes('@')) return email.slice(0, -last.length);
  return email;
}

// Precinct labels come in two schemes: numbers with lettered sub-precincts (1, 2, 2A, 3) and letters
// with numbered ones (A, A1, B). Each precinct of a ward becomes one character (its palette entry);
// "+" marks a sub-precinct of the current main label, "-" a main label that has no precinct itself.
const SCHEMES = {
  numeric: { re: /^(\d+)([A-Z]*)$/, main: (m) => Number(m[1]), sub: (m) => (m[2] ? m[2].charCodeAt(0) - 64 : 0), subOk: (m) => m[2].length <= 1 },
  letter: { re: /^([A-Z])(\d*)$/, main: (m) => m[1].charCodeAt(0) - 64, sub: (m) => (m[2] ? Number(m[2]) : 0), subOk: () => true },
};
function encodeWard(t, ward, list, scheme, palette) {
  const sc = SCHEMES[scheme];
  let out = '';
  let main = 0;
  let sub = 0;
  for (const r of list) {
    const m = sc.re.exec(r.pct);
    const mi = sc.main(m);
    const si = sc.sub(m);
    if (!sc.subOk(m) || mi < main || (mi === main && si !== sub + 1) || (mi > main && si > 1)) {
      problem(`${t.name} ward ${ward || '-'}: precinct ${r.pct} does not fit the ${scheme} label scheme`);
      return '';
    }
    while (main < mi - 1) (out += '-'), main++;
    if (mi > main) {
      main = mi;
      sub = 0;
      if (si > 0) out += '-';
    }
    let p = palette.indexOf(pairCode(r));
    if (p < 0) p = palette.push(pairCode(r)) - 1;
    if (p >= DIGITS.length) problem(`${t.name}: more than ${DIGITS.length} district pairs`);
    if (si > 0) (out += '+'), (sub = si);
    out += DIGITS[p];
  }
  return out;
}

function townLine(t) {
  if (!t.split) return `${t.name}|${pairCode(t.rows[0])}`;
  const scheme = t.rows.every((r) => SCHEMES.numeric.re.test(r.pct)) ? 'numeric' : 'letter';
  const wards = new Map();
  for (const r of t.rows) {
    const w = r.ward ?? '';
    if (!wards.has(w)) wards.set(w, []);
    wards.get(w).push(r);
  }
  const wardKeys = [...wards.keys()].sort(natural);
  // Wards are 1..n everywhere except Lawrence, which letters them A..F.
  const wardStyle = !t.hasWards ? '-' : wardKeys[0] === 'A' ? 'A' : '1';
  if (t.hasWards && wardKeys.some((w, i) => w !== wardLabel(wardStyle, i))) problem(`${t.name}: wards are not 1..n or A..: ${wardKeys.join(', ')}`);
  const palette = [];
  const streams = wardKeys.map((w) => encodeWard(t, w, wards.get(w).sort((a, b) => natural(a.pct, b.pct)), scheme, palette));
  const mode = scheme === 'numeric' ? 'n' : 'l';
  return `${t.name}|${palette.join('')}|${mode}${wardStyle}${streams.join(';')}`;
}
// Round trip: decode with the widget's own decoder (src/lookup/decode.ts) and compare with
// every CSV row, so the committed module cannot drift from the table it came from.
function decodeTownLine(line) {
  const [name, pairs, spec] = line.split('|');
  if (spec === undefined) return { name, single: pairs };
  const out = new Map();
  for (const [key, p] of decodePrecincts(spec).pairIndex) {
    const [ward, label] = key.split('|');
    out.set(`${ward === NO_WARD ? '' : ward}|${label}`, pairs.slice(3 * p, 3 * p + 3));
  }
  return { name, split: out };
}

const townLines = [...towns.values()].sort((a, b) => (a.name < b.name ? -1 : 1)).map(townLine);
failIfProblems('encoding precincts');
for (const line of townLines) {
  const dec = decodeTownLine(line);
  const t = towns.get(dec.name);
  for (const r of t.rows) {
    const got = dec.single ?? dec.split.get(`${r.ward ?? ''}|${r.pct}`);
    if (got !== pairCode(r)) problem(`round trip: ${t.name} ward ${r.ward ?? '-'} precinct ${r.pct} decodes to ${got}, expected ${pairCode(r)}`);
  }
  if (dec.split && dec.split.size !== t.rows.length) problem(`round trip: ${t.name} decodes to ${dec.split.size} precincts, expected ${t.rows.length}`);
}
failIfProblems('round-tripping the town index');

const byTown = new Map();
for (const [place, list] of neighborhoods) {
  for (const town of list) {
    if (!byTown.has(town)) byTown.set(town, []);
    byTown.get(town).push(place);
  }
}
const neighborhoodLine = [...byTown.entries()]
  .sort(([a], [b]) => (a < b ? -1 : 1))
  .map(([town, places]) => `${town}=${places.sort().join(',')}`)
  .join('|');

function constants() {
  return {
    DISTRICT_BASES: bases.join('|'),
    HOUSE_DISTRICTS: houseGroups.spec,
    SENATE_DISTRICTS: senateGroups.spec,
    MEMBERS: ordered.map(memberLine).join('\n'),
    TOWNS: townLines.join('\n'),
    NEIGHBORHOODS: neighborhoodLine,
    LEADERSHIP: Object.entries(leadership).map(([post, m]) => `${post}=${m.code}`).join('|'),
    COMMITTEES: committees.map((c) => [c.codes.join(','), c.chamber, c.name, c.chairs.join(',')].join('|')).join('\n'),
    GOVERNOR: governor ? [governor.name, governor.party, governor.phone, governor.email, governor.webform, governor.starts, governor.ends].join('|') : '',
  };
}

// Members round trip: decode the way the widget does and compare with what the files said.
const decodedNow = decodeDistricts(constants());
for (const d of ordered) {
  const got = decodedNow[d.chamber][d.index];
  const m = d.member;
  const want = m && { name: m.name, code: m.code ?? '', phone: m.phone, email: m.email?.toLowerCase() ?? '', districtPhone: m.districtPhone };
  const have = got.member && { name: got.member.name, code: got.member.code, phone: got.member.phone, email: got.member.email.toLowerCase(), districtPhone: got.member.districtPhone };
  if (JSON.stringify(have) !== JSON.stringify(want)) problem(`round trip: ${d.chamber} seat ${got.name} decodes to ${JSON.stringify(have)}, expected ${JSON.stringify(want)}`);
}
failIfProblems('round-tripping the members');

// ---------------------------------------------------------------------------
// Change report against the data module being replaced.

/** The string constants and dates of a generated module, read as text (it is TypeScript). */
function readModule(path) {
  const text = readFileSync(path, 'utf8');
  const constant = (name) => {
    const m = new RegExp(`export const ${name}(?:: string)? =\\s*("(?:[^"\\\\]|\\\\.)*")`).exec(text);
    return m ? JSON.parse(m[1]) : null;
  };
  const courtMatch = /export const GENERAL_COURT = (\{[^}]*\})/.exec(text);
  return {
    asOf: constant('LEGISLATORS_AS_OF'),
    court: courtMatch ? JSON.parse(courtMatch[1]) : null,
    tables: { DISTRICT_BASES: constant('DISTRICT_BASES'), HOUSE_DISTRICTS: constant('HOUSE_DISTRICTS'), SENATE_DISTRICTS: constant('SENATE_DISTRICTS'), MEMBERS: constant('MEMBERS') },
  };
}

const courtName = (c) => `${ordinalNumeral(c.number)} General Court (${sessionYears(c)})`;
const chamberName = { house: 'House', senate: 'Senate' };
const seat = (d) => `${d.name} (${chamberName[d.chamber]})`;

/** Members matched by member code, then by name; a member who changed seat is matched all the same. */
function changeReport(before, after) {
  const lines = [];
  const seated = (all) => all.filter((d) => d.member).map((d) => ({ ...d.member, seat: d }));
  const was = seated(before.districts);
  const now = seated(after.districts);
  const pairs = [];
  const unmatched = new Set(was);
  for (const by of [(m) => m.code, (m) => m.name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()]) {
    for (const m of now.filter((n) => !pairs.some(([, p]) => p === n))) {
      const key = by(m);
      const old = key && [...unmatched].find((o) => by(o) === key);
      if (old) (pairs.push([old, m]), unmatched.delete(old));
    }
  }
  const joined = now.filter((n) => !pairs.some(([, p]) => p === n));
  for (const m of joined) lines.push(`- Joined: ${m.name}, ${seat(m.seat)}`);
  for (const m of unmatched) lines.push(`- Left: ${m.name}, ${seat(m.seat)}`);
  const show = (v) => v || 'none';
  for (const [o, n] of pairs) {
    if (o.seat.chamber !== n.seat.chamber) lines.push(`- Changed chamber: ${n.name}, ${seat(o.seat)} → ${seat(n.seat)}`);
    else if (o.seat.name !== n.seat.name) lines.push(`- Changed district: ${n.name}, ${seat(o.seat)} → ${seat(n.seat)}`);
    if (o.name !== n.name) lines.push(`- Changed name: ${o.name} → ${n.name}, ${seat(n.seat)}`);
    if (o.phone !== n.phone) lines.push(`- Changed phone: ${n.name}, ${seat(n.seat)}: ${show(o.phone)} → ${show(n.phone)}`);
    if (o.districtPhone !== n.districtPhone) lines.push(`- Changed district office phone: ${n.name}, ${seat(n.seat)}: ${show(o.districtPhone)} → ${show(n.districtPhone)}`);
    if (o.email.toLowerCase() !== n.email.toLowerCase()) lines.push(`- Changed email: ${n.name}, ${seat(n.seat)}: ${show(o.email)} → ${show(n.email)}`);
    if (o.code !== n.code) lines.push(`- Changed member code: ${n.name}, ${seat(n.seat)}: ${show(o.code)} → ${show(n.code)}`);
    if (o.party !== n.party) lines.push(`- Changed party: ${n.name}, ${seat(n.seat)}: ${show(o.party)} → ${show(n.party)}`);
  }
  const seatKey = (d) => `${d.chamber}|${d.name}`;
  const oldSeats = new Map(before.districts.map((d) => [seatKey(d), d]));
  for (const d of after.districts) {
    const o = oldSeats.get(seatKey(d));
    if (o?.member && !d.member) lines.push(`- Vacancy opened: ${seat(d)}, held by ${o.member.name} until now`);
    if (o && !o.member && d.member) lines.push(`- Vacancy filled: ${seat(d)}, now ${d.member.name}`);
  }
  return lines;
}

const after = { districts: decodedNow.all };
const previous = existsSync(previousPath) ? readModule(previousPath) : null;
const previousTablesOk = previous && Object.values(previous.tables).every((v) => typeof v === 'string');
const report = [
  `## Legislator data: ${courtName(court)}, as of ${legislatorsAsOf}`,
  '',
  `- Session: the ${courtName(court)} convened on ${court.convened}; its successor convenes on ${court.ends}, when this data becomes stale.`,
  ...(sessionNote ? [`- **Note**: ${sessionNote}`] : []),
  `- Source: ${legislature.source}${legislature.commit ? `, commit ${legislature.commit}` : ''} (as of ${legislatorsAsOf}, from ${asOfArg ? '--as-of' : legislature.asOfFrom}).`,
  `- Districts: ${relative(process.cwd(), csvPath) || csvPath} (${DISTRICTS_AS_OF}).`,
  `- ${sitting} sitting legislators; vacant seats: ${vacant.map((d) => seat(decodedNow[d.chamber][d.index])).join(', ') || 'none'}.`,
  (() => {
    const missing = ordered.filter((d) => d.member && (d.member.code === null || d.member.email === null || d.member.phone === null));
    return `- Without published contact details: ${missing.map((d) => `${d.member.name} (${[d.member.code === null && 'member code', d.member.email === null && 'email', d.member.phone === null && 'phone'].filter(Boolean).join(', ')})`).join(', ') || 'none'}.`;
  })(),
  `- District office phones: ${ordered.filter((d) => d.member?.districtPhone).length} of ${sitting} members have one besides the State House line.`,
  ...dataNotes.map((note) => `- Left out: ${note}.`),
  `- Also-contact: ${Object.entries(LEADERSHIP_POSTS).map(([post, position]) => `${position}: ${leadership[post]?.name ?? 'none found'}`).join('; ')}; ${committees.length} committees with a code (${committees.filter((c) => c.chairs.length).length} with a chair in this data); governor: ${governor ? `${governor.name}, term ends ${governor.ends}` : 'none found'}.`,
  ...committeeNotes.map((note) => `- Committees: ${note}.`),
  '',
];
if (!previousTablesOk) {
  report.push(`No earlier data module at ${relative(process.cwd(), previousPath)} to compare with.`);
} else {
  const before = { districts: decodeDistricts(previous.tables).all };
  const changes = changeReport(before, after);
  const was = previous.court ? courtName(previous.court) : 'no session recorded';
  report.push(`Changes since the data of ${previous.asOf ?? 'an unknown date'} (${was}):`, '');
  report.push(...(changes.length ? changes : ['- No change in members, seats, phones or emails.']));
  if (previous.court && previous.court.number !== court.number) {
    report.push('', `**New session**: the data moved from the ${courtName(previous.court)} to the ${courtName(court)}. Bill numbers and co-sponsor lists of the old session no longer apply: tell partners (CHANGELOG, README "Updating").`);
  }
}
const reportText = report.join('\n') + '\n';

// ---------------------------------------------------------------------------
// Write.

const ts = (s) => JSON.stringify(s);
const DISTRICT_TABLES = ['DISTRICT_BASES', 'HOUSE_DISTRICTS', 'SENATE_DISTRICTS', 'MEMBERS', 'TOWNS', 'NEIGHBORHOODS'];
const OFFICE_TABLES = ['LEADERSHIP', 'COMMITTEES', 'GOVERNOR'];
const exportsOf = (names) => {
  const all = constants();
  return names.map((k) => `export const ${k}: string =\n  ${ts(all[k])};`).join('\n');
};
const body = `// Massachusetts legislators and the House and Senate districts of every city, town, ward and precinct.
//
// Generated by scripts/import-data.mjs, do not edit. Regenerate: npm run data -- [DIR] (see the README,
// "Keeping the legislator data current"). Compact encoding, decoded and documented in src/lookup/data.ts.
//
// Sources:
// - Legislators: Open States people data (${legislature.source}${legislature.commit ? `, commit ${legislature.commit}` : ''}),
//   as of ${legislatorsAsOf}. Licence: CC0 1.0 (public domain dedication).
// - Districts by ward and precinct (drawn in 2021, in force for the 2022-2030 elections): derived
//   from the Secretary of the Commonwealth's precinct-level election returns (${DISTRICTS_AS_OF}) via
//   github.com/bwbensonjr/ma-wards-precincts. Facts from public election returns.
// - Neighborhoods and villages: scripts/data/neighborhoods.json, ${neighborhoodsSrc.source}.

/**
 * The General Court (the Legislature) whose members this data lists: its number, the day it
 * convened and the day its successor convenes (from then, Boston time, the list may be out of date).
 */
export const GENERAL_COURT = ${ts({ number: court.number, convened: court.convened, ends: court.ends })} as const;
/** Date of the legislator data (Open States). */
export const LEGISLATORS_AS_OF = ${ts(legislatorsAsOf)};
/** Election whose returns assign precincts to districts. */
export const DISTRICTS_AS_OF = ${ts(DISTRICTS_AS_OF)};

${exportsOf(DISTRICT_TABLES)}
`;
// Leadership, committee chairs and the governor: a module of their own, as the bundles fetch them
// in a file of their own and only for also-contact (src/lookup/tables.ts).
const officesBody = `// The Speaker, the Senate President, the committees with their chairs, and the governor.
//
// Generated by scripts/import-data.mjs with src/data/ma-districts.ts, do not edit. Regenerate: npm run data.
// Decoded and documented in src/lookup/offices.ts; shown only during the General Court of
// src/data/ma-districts.ts (GENERAL_COURT) and, for the governor, the term recorded here.
//
// Sources: Open States people data (${legislature.source}${legislature.commit ? `, commit ${legislature.commit}` : ''}):
// leadership from the legislator files, committees from data/ma/committees (as of ${committeesAsOf}),
// the governor from data/ma/executive. Licence: CC0 1.0 (public domain dedication).

${exportsOf(OFFICE_TABLES)}
`;

mkdirSync(outDir, { recursive: true });
writeFileSync(outPath, body);
writeFileSync(officesPath, officesBody);
if (args.values.report) writeFileSync(resolve(args.values.report), reportText);

const gzip = (s) => gzipSync(s, { level: 9 }).length;
const raw = Buffer.byteLength(body);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`import-data: wrote ${relative(process.cwd(), outPath) || outPath} and ${relative(process.cwd(), officesPath) || officesPath} (${gzip(officesBody)} bytes gzip)`);
console.log(`  ${rows.length} ward/precinct rows, ${towns.size} municipalities (${splitTowns.length} split), ${house.length} House + ${senate.length} Senate districts`);
console.log(`  ${neighborhoods.length} neighborhoods/villages`);
console.log(`  by part (gzip alone): ${Object.entries(constants()).map(([k, v]) => `${k} ${gzip(v)}`).join(', ')}`);
// Comments go in minification; what ships is roughly the constants themselves.
const payload = body.replace(/^\/\/.*\n/gm, '').replace(/^\s*\/\*\*.*\*\/\n/gm, '');
console.log(`  size: ${raw} bytes raw (${kb(raw)}), ${gzip(body)} bytes gzip (${kb(gzip(body))}); without comments ${Buffer.byteLength(payload)} raw, ${gzip(payload)} gzip`);
console.log(`\n${reportText}`);
