#!/usr/bin/env node
// Joins the Open States legislator files to the precinct→district table and writes the
// compact, committed data module src/data/ma-districts.ts.
//
//   node scripts/import-data.mjs [path-to-shared-data]     (default: ../shared/data from the repo root)
//
// The import refuses to write anything when the inputs do not line up: a district that does not
// join, a sitting legislator without a district, or a count that differs from what the
// legislature and the municipal map are known to have. A wrong district silently shipped would
// send a reader to the wrong legislator, so loud failure is the point.

import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { importTs } from './lib/import-ts.mjs';

// The same CSV reader and ordinal parsing as the lookup code, so import and lookup cannot disagree.
const { readCsv } = await importTs('src/lookup/csv.ts');
const { leadingOrdinal } = await importTs('src/lookup/normalize.ts');
// The format's vocabulary, shared with the decoder in src/lookup/data.ts.
const { CAPITOL_PHONE_PREFIX, DIGITS, EMAIL_DOMAIN, PARTY_LETTERS } = await importTs('src/lookup/encoding.ts');
const PARTY = Object.fromEntries(Object.entries(PARTY_LETTERS).map(([letter, name]) => [name, letter]));

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = resolve(process.argv[2] ?? join(repoRoot, '..', 'shared', 'data'));
const csvPath = join(dataDir, 'ma-precincts-districts-2022.csv');
const yamlDir = join(dataDir, 'openstates-ma-legislature');
const neighborhoodsPath = join(repoRoot, 'scripts', 'data', 'neighborhoods.json');
const outPath = join(repoRoot, 'src', 'data', 'ma-districts.ts');

// What the inputs must contain. Changing any of these is a decision, not a fix.
const EXPECTED = {
  houseDistricts: 160,
  senateDistricts: 40,
  municipalities: 351,
  precinctRows: 2383,
  splitMunicipalities: 93,
};
const LEGISLATORS_AS_OF = '2026-08-05';
const DISTRICTS_AS_OF = '2022';

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

// ---------------------------------------------------------------------------
// District names: the CSV writes "Twenty-Second Middlesex" and "Worcester & Hampden", Open States
// "22nd Middlesex" and "Worcester and Hampden". Keep this in step with districtKey() in
// src/lookup/normalize.ts (the full-data test checks that every CSV spelling resolves).

/** "Twenty-Second Middlesex" and "22nd Middlesex" → { ordinal: 22, base: "middlesex" } */
function parseDistrictName(name) {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w && w !== 'district' && w !== 'the');
  const ord = leadingOrdinal(words);
  return { ordinal: ord ? ord[0] : 0, base: (ord ? words.slice(ord[1]) : words).join(' ') };
}
const keyOf = (chamber, name) => {
  const { ordinal, base } = parseDistrictName(name);
  return `${chamber}:${ordinal}:${base}`;
};

/** Display form of the part after the ordinal: "Berkshire, Hampden, Franklin & Hampshire" → "… and Hampshire" */
function displayBase(name) {
  const words = name.replace(/&/g, ' and ').trim().split(/[\s-]+/);
  const ord = leadingOrdinal(words.map((w) => w.toLowerCase().replace(/[^a-z0-9]/g, '')));
  return words.slice(ord ? ord[1] : 0).join(' ');
}

// ---------------------------------------------------------------------------
// Tiny YAML reader for the subset Open States writes: block mappings, block sequences (also at
// the parent key's indent), plain / single-quoted / double-quoted scalars. Anything else throws,
// so a format change upstream stops the import instead of being misread.

function parseScalar(raw, where) {
  const s = raw.trim();
  if (s === '' || s === '~' || s === 'null') return null;
  if (s.startsWith('"')) {
    if (!s.endsWith('"') || s.length < 2) throw new Error(`${where}: unterminated double-quoted string`);
    return s.slice(1, -1).replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_, e) => {
      if (e[0] === 'x' || e[0] === 'u' || e[0] === 'U') return String.fromCodePoint(parseInt(e.slice(1), 16));
      const simple = { n: '\n', t: '\t', '"': '"', '\\': '\\', '/': '/', ' ': ' ', '0': '\0' }[e];
      if (simple === undefined) throw new Error(`${where}: unsupported escape \\${e}`);
      return simple;
    });
  }
  if (s.startsWith("'")) {
    if (!s.endsWith("'") || s.length < 2) throw new Error(`${where}: unterminated single-quoted string`);
    return s.slice(1, -1).replace(/''/g, "'");
  }
  if (/^[[{|>&*!%@`]/.test(s)) throw new Error(`${where}: unsupported YAML syntax: ${s}`);
  return s;
}

function parseYaml(text, file) {
  const lines = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (/^\s*(#.*)?$/.test(line) || line === '---') return;
    if (/\t/.test(line.match(/^\s*/)[0])) throw new Error(`${file}:${i + 1}: tab indentation`);
    lines.push({ indent: line.match(/^ */)[0].length, text: line.trim(), no: i + 1 });
  });
  let pos = 0;
  const where = (l) => `${file}:${l.no}`;

  function splitKey(l, text) {
    const m = /^([^:'"#]+?):(?: (.*))?$/.exec(text);
    if (!m) throw new Error(`${where(l)}: expected "key: value", got: ${text}`);
    return [m[1], m[2]];
  }

  // Parses mapping entries at `indent`; `first` is an entry already split off a "- " line.
  function parseMapping(indent, first) {
    const obj = {};
    const addEntry = (l, text, childIndent) => {
      const [key, rest] = splitKey(l, text);
      if (key in obj) throw new Error(`${where(l)}: duplicate key ${key}`);
      if (rest !== undefined && rest.trim() !== '') {
        obj[key] = parseScalar(rest, where(l));
        return;
      }
      const next = lines[pos];
      if (next && (next.indent > childIndent || (next.indent === childIndent && next.text.startsWith('- ')))) {
        obj[key] = parseBlock(next.indent);
      } else obj[key] = null;
    };
    if (first) addEntry(first.line, first.text, indent);
    while (pos < lines.length && lines[pos].indent === indent && !lines[pos].text.startsWith('- ')) {
      const l = lines[pos++];
      addEntry(l, l.text, indent);
    }
    return obj;
  }

  function parseSequence(indent) {
    const arr = [];
    while (pos < lines.length && lines[pos].indent === indent && lines[pos].text.startsWith('- ')) {
      const l = lines[pos++];
      const rest = l.text.slice(2);
      if (/^[^:'"#]+?:( |$)/.test(rest)) arr.push(parseMapping(indent + 2, { line: l, text: rest }));
      else arr.push(parseScalar(rest, where(l)));
    }
    return arr;
  }

  function parseBlock(indent) {
    return lines[pos].text.startsWith('- ') ? parseSequence(indent) : parseMapping(indent);
  }

  const doc = lines.length ? parseBlock(0) : {};
  if (pos < lines.length) throw new Error(`${where(lines[pos])}: unexpected indentation`);
  return doc;
}

// ---------------------------------------------------------------------------
// Read the inputs.

if (!existsSync(csvPath) || !existsSync(yamlDir)) {
  die(`shared data not found in ${dataDir} (expected ma-precincts-districts-2022.csv and openstates-ma-legislature/).\nUsage: node scripts/import-data.mjs [path-to-shared-data]`);
}

const csv = readCsv(readFileSync(csvPath, 'utf8'));
if (csv.ragged.length) die(`${csvPath}: rows ${csv.ragged.slice(0, 5).join(', ')} do not have ${csv.header.length} fields`);
const rows = csv.records;
for (const col of ['city_town', 'Ward', 'Pct', 'State_Rep', 'State_Senate']) {
  if (!(col in rows[0])) die(`${csvPath}: missing column ${col}`);
}

const people = readdirSync(yamlDir)
  .filter((f) => f.endsWith('.yml') || f.endsWith('.yaml'))
  .sort()
  .map((f) => {
    try {
      return { file: f, doc: parseYaml(readFileSync(join(yamlDir, f), 'utf8'), f) };
    } catch (e) {
      return die(`cannot read ${f}: ${e.message}`);
    }
  });

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
    const { ordinal } = parseDistrictName(name);
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
checkCount('ward/precinct rows', rows.length, EXPECTED.precinctRows);
checkCount('municipalities', towns.size, EXPECTED.municipalities);
checkCount('House districts in the precinct table', house.length, EXPECTED.houseDistricts);
checkCount('Senate districts in the precinct table', senate.length, EXPECTED.senateDistricts);
checkCount('split municipalities (more than one House/Senate pair)', splitTowns.length, EXPECTED.splitMunicipalities);
failIfProblems('checking the precinct table');

// ---------------------------------------------------------------------------
// Sitting legislators: the one role without end_date. Joined to the CSV districts.

const CHAMBER = { lower: 'house', upper: 'senate' };
let sitting = 0;
for (const { file, doc } of people) {
  const roles = (Array.isArray(doc.roles) ? doc.roles : []).filter((r) => r && !r.end_date);
  const legislative = roles.filter((r) => r.type in CHAMBER);
  if (legislative.length === 0) {
    // A file without a current role would be a former member; Open States moves those out of
    // data/ma/legislature, so one here means the directory is not what this script expects.
    problem(`${file}: no current House or Senate role (every file here should be a sitting legislator)`);
    continue;
  }
  if (legislative.length > 1) {
    problem(`${file}: ${legislative.length} current legislative roles`);
    continue;
  }
  const role = legislative[0];
  const chamber = CHAMBER[role.type];
  if (!role.district) {
    problem(`${file}: sitting ${chamber} member without a district`);
    continue;
  }
  const key = keyOf(chamber, role.district);
  const d = districts.get(key);
  if (!d) {
    problem(`${file}: ${chamber} district "${role.district}" is not in the precinct table (key ${key})`);
    continue;
  }
  if (d.member) {
    problem(`${file}: ${chamber} district "${role.district}" already held by ${d.member.name} (${d.member.file})`);
    continue;
  }
  sitting++;

  const name = typeof doc.name === 'string' ? doc.name.trim() : '';
  if (!name) problem(`${file}: no name`);
  if (/[|\n]/.test(name)) problem(`${file}: name contains a separator character`);
  d.spellings.add(role.district);

  const parties = (doc.party ?? []).filter((p) => p && !p.end_date).map((p) => p.name);
  if (parties.length !== 1) problem(`${file}: expected one current party, found ${parties.join(', ') || 'none'}`);
  const party = PARTY[parties[0]] ?? parties[0] ?? '';
  if (party.length !== 1 && parties.length === 1) problem(`${file}: unknown party "${parties[0]}" (add it to PARTY)`);

  // The member code is the malegislature.gov id; a few files lack extras but link the profile.
  const profileCodes = (doc.links ?? [])
    .map((l) => /^https:\/\/malegislature\.gov\/Legislators\/Profile\/([A-Za-z0-9_ %]+)$/.exec(l?.url ?? '')?.[1])
    .filter(Boolean)
    .map((c) => decodeURIComponent(c));
  const extraCode = doc.extras?.['member code'] ?? null;
  const code = extraCode ?? profileCodes[0] ?? null;
  // Codes are letters, digits, "_" and, once (Liz Miranda, "L M0"), a space; the UI URL-encodes them.
  if (!code || !/^[A-Za-z0-9_ ]+$/.test(code)) problem(`${file}: no usable malegislature.gov member code (extras or profile link)`);
  else if (profileCodes.length && !profileCodes.includes(code)) problem(`${file}: member code ${code} disagrees with profile link ${profileCodes[0]}`);

  const email = typeof doc.email === 'string' ? doc.email.trim() : '';
  if (!/^[^@\s|]+@[^@\s|]+$/.test(email)) problem(`${file}: missing or odd email "${email}"`);

  const capitol = (doc.offices ?? []).filter((o) => o?.classification === 'capitol');
  const phone = capitol.map((o) => o.voice).find((v) => typeof v === 'string' && v.trim()) ?? null;
  if (phone !== null && !/^\d{3}-\d{3}-\d{4}$/.test(phone)) problem(`${file}: capitol phone "${phone}" is not NNN-NNN-NNNN`);

  d.member = { file, name, party, code, email, phone, chamber };
}
failIfProblems('joining Open States legislators to districts');

// Every seat without a sitting member is a vacancy. The README names exactly two; any more means
// a join failed (or upstream data changed) and must be looked at by a person.
const KNOWN_VACANCIES = ['house:1:franklin', 'house:17:middlesex'];
const vacant = [...districts.values()].filter((d) => !d.member);
for (const d of vacant) {
  if (!KNOWN_VACANCIES.includes(d.key)) {
    problem(`${d.chamber} district "${[...d.spellings].join('" / "')}" has no sitting member and is not a known vacancy`);
  }
}
for (const k of KNOWN_VACANCIES) {
  if (districts.get(k)?.member) {
    problem(`known vacancy ${k} now has a member (${districts.get(k).member.name}): update KNOWN_VACANCIES`);
  }
}
checkCount('sitting legislators', sitting, EXPECTED.houseDistricts + EXPECTED.senateDistricts - KNOWN_VACANCIES.length);
failIfProblems('checking vacancies');

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
  const domain = `@${EMAIL_DOMAIN[d.chamber]}`;
  let email = m.email.toLowerCase().endsWith(domain) ? m.email.slice(0, -domain.length) : m.email;
  // Most addresses are first.last of the display name, many nickname.last: store only what differs.
  const words = m.name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().split(' ');
  const last = words[words.length - 1];
  if (email === `${words[0]}.${last}`) email = '';
  else if (email.endsWith(`.${last}`) && !email.includes('@')) email = email.slice(0, -last.length);
  return [m.code, m.name, m.party, phone, email].join('|');
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
function wardLabel(style, i) {
  return style === 'A' ? String.fromCharCode(65 + i) : style === '1' ? String(i + 1) : '';
}

// Round trip: decode the way src/lookup/data.ts does and compare with every CSV row, so the
// committed module cannot drift from the table it came from.
function decodeTownLine(line) {
  const [name, pairs, spec] = line.split('|');
  if (spec === undefined) return { name, single: pairs };
  const numeric = spec[0] === 'n';
  const out = new Map();
  spec.slice(2).split(';').forEach((stream, wi) => {
    const ward = wardLabel(spec[1], wi);
    let main = 0;
    let sub = 0;
    let pendingSub = false;
    for (const ch of stream) {
      if (ch === '-') (main++, (sub = 0));
      else if (ch === '+') pendingSub = true;
      else {
        if (!pendingSub) (main++, (sub = 0));
        else sub++;
        const mainLabel = numeric ? String(main) : String.fromCharCode(64 + main);
        const label = !pendingSub ? mainLabel : numeric ? mainLabel + String.fromCharCode(64 + sub) : mainLabel + sub;
        pendingSub = false;
        const p = DIGITS.indexOf(ch);
        out.set(`${ward}|${label}`, pairs.slice(3 * p, 3 * p + 3));
      }
    }
  });
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

// ---------------------------------------------------------------------------
// Write.

const ts = (s) => JSON.stringify(s);
const constants = {
  DISTRICT_BASES: bases.join('|'),
  HOUSE_DISTRICTS: houseGroups.spec,
  SENATE_DISTRICTS: senateGroups.spec,
  MEMBERS: ordered.map(memberLine).join('\n'),
  TOWNS: townLines.join('\n'),
  NEIGHBORHOODS: neighborhoodLine,
};

const body = `// Massachusetts legislators and the House and Senate districts of every city, town, ward and precinct.
//
// Generated by scripts/import-data.mjs, do not edit. Regenerate: node scripts/import-data.mjs [shared-data-dir]
// Compact encoding, decoded and documented in src/lookup/data.ts.
//
// Sources:
// - Legislators: Open States people data (github.com/openstates/people, data/ma/legislature),
//   commit of ${LEGISLATORS_AS_OF}. Licence: CC0 1.0 (public domain dedication).
// - Districts by ward and precinct (drawn in 2021, in force for the 2022-2030 elections): derived
//   from the Secretary of the Commonwealth's precinct-level ${DISTRICTS_AS_OF} election returns via
//   github.com/bwbensonjr/ma-wards-precincts. Facts from public election returns.
// - Neighborhoods and villages: scripts/data/neighborhoods.json, ${neighborhoodsSrc.source}.

/** Date of the legislator data (Open States commit). */
export const LEGISLATORS_AS_OF = ${ts(LEGISLATORS_AS_OF)};
/** Election year whose returns assign precincts to districts. */
export const DISTRICTS_AS_OF = ${ts(DISTRICTS_AS_OF)};

${Object.entries(constants)
  .map(([k, v]) => `export const ${k}: string =\n  ${ts(v)};`)
  .join('\n')}
`;

mkdirSync(dirname(outPath), { recursive: true });
writeFileSync(outPath, body);

const gzip = (s) => gzipSync(s, { level: 9 }).length;
const raw = Buffer.byteLength(body);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`import-data: wrote ${outPath.slice(repoRoot.length + 1)}`);
console.log(`  ${rows.length} ward/precinct rows, ${towns.size} municipalities (${splitTowns.length} split), ${house.length} House + ${senate.length} Senate districts`);
console.log(`  ${sitting} sitting legislators; vacant: ${vacant.map((d) => `${d.ordinal} ${d.base} (${d.chamber})`).join(', ')}`);
console.log(`  no capitol phone: ${ordered.filter((d) => d.member && d.member.phone === null).map((d) => d.member.name).join(', ') || 'none'}`);
console.log(`  ${neighborhoods.length} neighborhoods/villages`);
console.log(`  by part (gzip alone): ${Object.entries(constants).map(([k, v]) => `${k} ${gzip(v)}`).join(', ')}`);
// Comments go in minification; what ships is roughly the constants themselves.
const payload = body.replace(/^\/\/.*\n/gm, '').replace(/^\s*\/\*\*.*\*\/\n/gm, '');
console.log(`  size: ${raw} bytes raw (${kb(raw)}), ${gzip(body)} bytes gzip (${kb(gzip(body))}); without comments ${Buffer.byteLength(payload)} raw, ${gzip(payload)} gzip`);
