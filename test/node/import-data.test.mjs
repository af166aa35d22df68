// The data import on fixture inputs made from ../shared/data: an Open States checkout (git, with
// commit dates) in which one member leaves, a vacancy is filled by a new member whose contact
// details are not published yet, and a phone changes. The change report must list exactly those
// changes, and the lookup built on the new data must show the new member. Expectations come from
// the data the fixture starts from, never from constants of one snapshot.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { moduleFromCode } from '../../scripts/lib/import-ts.mjs';
import { readLegislator } from '../../scripts/lib/openstates.mjs';
import { parse } from 'yaml';
const parseYaml = (text) => parse(text, { schema: 'core' });

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = process.env.SHARED_DATA_DIR ?? join(repoRoot, '..', 'shared', 'data');
const sharedLegislature = join(shared, 'openstates-ma-legislature');
const csv = join(shared, 'ma-precincts-districts-2022.csv');
const skip = existsSync(sharedLegislature) && existsSync(csv) ? false : `${shared} is absent`;

function runImport(...args) {
  const result = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'import-data.mjs'), ...args], { encoding: 'utf8', cwd: repoRoot });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The lookup (src/lookup) bundled against a generated data module instead of the committed one. */
async function lookupWith(dataModule) {
  const result = await build({
    stdin: { contents: "export * from './src/lookup/index.ts';", resolveDir: repoRoot, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'error',
    // Its office tables too, from beside it.
    plugins: [
      {
        name: 'data',
        setup: (b) => {
          b.onResolve({ filter: /\/data\/ma-districts\.js$/ }, () => ({ path: dataModule }));
          b.onResolve({ filter: /\/data\/ma-offices\.js$/ }, () => ({ path: join(dirname(dataModule), 'ma-offices.ts') }));
        },
      },
    ],
  });
  return moduleFromCode(result.outputFiles[0].text);
}

function commit(dir, date, message) {
  const env = { ...process.env, GIT_AUTHOR_DATE: `${date}T12:00:00-05:00`, GIT_COMMITTER_DATE: `${date}T12:00:00-05:00` };
  const git = (...args) => execFileSync('git', ['-C', dir, ...args], { env, stdio: 'pipe' });
  git('add', '-A');
  git('-c', 'user.name=Fixture', '-c', 'user.email=fixture@example.invalid', 'commit', '-q', '--allow-empty', '-m', message);
}

/** A file's district office phone by the import's rule: the first NNN-NNN-NNNN voice of a district office that is not the capitol number. */
const districtPhoneOf = (doc) => {
  const capitol = (doc.offices ?? []).find((o) => o.classification === 'capitol')?.voice;
  return (doc.offices ?? []).filter((o) => o.classification === 'district').map((o) => String(o.voice ?? '').trim()).find((v) => /^\d{3}-\d{3}-\d{4}$/.test(v) && v !== capitol) ?? null;
};
const membersOf = (module) => JSON.parse(/export const MEMBERS: string =\s*("(?:[^"\\]|\\.)*")/.exec(module)[1]).split('\n');

const changesOf = (stdout) => {
  const start = stdout.indexOf('Changes since');
  assert.ok(start >= 0, `no "Changes since" section in:\n${stdout}`);
  return stdout.slice(start).split('\n').filter((line) => line.startsWith('- ')).sort();
};

describe('npm run data on an Open States checkout', { skip }, () => {
  let work;
  let people;
  let legislature;
  let out;
  let baseline;
  let lookup;
  const files = () => readdirSync(legislature).filter((f) => f.endsWith('.yml')).sort();
  const read = (file) => parseYaml(readFileSync(join(legislature, file), 'utf8'), file);
  const currentRole = (doc) => doc.roles.find((r) => !r.end_date);

  before(async () => {
    work = mkdtempSync(join(tmpdir(), 'sca-import-'));
    people = join(work, 'people');
    legislature = join(people, 'data', 'ma', 'legislature');
    out = join(work, 'out');
    mkdirSync(legislature, { recursive: true });
    cpSync(sharedLegislature, legislature, { recursive: true });
    execFileSync('git', ['init', '-q', people]);
    commit(people, '2026-08-05', 'snapshot');
    baseline = runImport(people, '--precincts', csv, '--out', out);
    lookup = await lookupWith(join(out, 'ma-districts.ts'));
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  it('imports the checkout, dated by its last commit touching data/ma', () => {
    assert.equal(baseline.status, 0, baseline.stderr);
    const module = readFileSync(join(out, 'ma-districts.ts'), 'utf8');
    assert.match(module, /export const LEGISLATORS_AS_OF = "2026-08-05";/);
    assert.match(module, /export const GENERAL_COURT = \{"number":194,"convened":"2025-01-01","ends":"2027-01-06"\} as const;/);
    assert.match(baseline.stdout, /194th General Court \(2025–2026\), as of 2026-08-05/);
    assert.equal(lookup.allLegislators().length, files().length);
  });

  it('writes the district office phone as the sixth field of a member line, empty when there is none', () => {
    const module = readFileSync(join(out, 'ma-districts.ts'), 'utf8');
    const lines = membersOf(module);
    const docs = files().map(read);
    const withOffice = docs.find((doc) => districtPhoneOf(doc));
    const without = docs.find((doc) => !(doc.offices ?? []).some((o) => o.classification === 'district'));
    assert.ok(withOffice && without, 'the shared data has members with and without a district office');
    const lineOf = (doc) => lines.find((line) => line.split('|')[1] === doc.name);
    assert.deepEqual(lineOf(withOffice).split('|').slice(5), [districtPhoneOf(withOffice)]);
    assert.deepEqual(lineOf(without).split('|').slice(5), ['']);
    assert.ok(lines.every((line) => line === '' || line.split('|').length === 6), 'every member line has six fields');
    assert.equal(lookup.allLegislators().find((l) => l.name === withOffice.name).districtPhone, districtPhoneOf(withOffice));
    assert.equal(lookup.allLegislators().find((l) => l.name === without.name).districtPhone, null);
    const count = docs.filter(districtPhoneOf).length;
    assert.equal(lines.filter((line) => line.split('|')[5]).length, count);
    assert.match(baseline.stdout, new RegExp(`District office phones: ${count} of ${files().length} members`));
  });

  it('reports exactly a member who left, a vacancy filled by a new member and a changed phone', async () => {
    // The fixture's changes, chosen from the data itself.
    const vacant = lookup.allDistricts().filter((d) => !d.member);
    const byFile = files().map((file) => ({ file, doc: read(file) }));
    const house = byFile.filter(({ doc }) => currentRole(doc).type === 'lower');
    let toFill = vacant[0];
    if (!toFill) {
      // No vacancy in this snapshot: make one in an earlier commit, so the fixture still fills one.
      const { file, doc } = house.at(-1);
      rmSync(join(legislature, file));
      commit(people, '2026-08-20', 'a seat falls vacant');
      assert.equal(runImport(people, '--precincts', csv, '--out', out).status, 0);
      toFill = lookup.findDistrictByName(currentRole(doc).district, 'house');
    }
    const leaving = house.find(({ file, doc }) => currentRole(doc).district !== toFill.name && existsSync(join(legislature, file)));
    const phoned = house.find(({ file }) => file !== leaving.file && existsSync(join(legislature, file)) && /voice: 617-722-\d{4}/.test(readFileSync(join(legislature, file), 'utf8')));
    // A member whose district office moved: a new number there, the State House line unchanged.
    const districted = house.find(({ file, doc }) => file !== leaving.file && file !== phoned.file && existsSync(join(legislature, file)) && districtPhoneOf(doc));
    const oldDistrictPhone = districtPhoneOf(districted.doc);
    const newDistrictPhone = oldDistrictPhone === '413-555-0199' ? '413-555-0198' : '413-555-0199';
    const districtedText = readFileSync(join(legislature, districted.file), 'utf8');
    assert.ok(districtedText.includes(`voice: ${oldDistrictPhone}`));
    writeFileSync(join(legislature, districted.file), districtedText.replace(`voice: ${oldDistrictPhone}`, `voice: ${newDistrictPhone}`));
    const leavingDistrict = currentRole(leaving.doc).district;
    rmSync(join(legislature, leaving.file));
    const phonedText = readFileSync(join(legislature, phoned.file), 'utf8');
    const oldPhone = /voice: (617-722-\d{4})/.exec(phonedText)[1];
    const newPhone = oldPhone === '617-722-0101' ? '617-722-0102' : '617-722-0101';
    writeFileSync(join(legislature, phoned.file), phonedText.replace(`voice: ${oldPhone}`, `voice: ${newPhone}`));
    // A new member as Open States lists one right after a swearing-in: no email, phone or code yet.
    writeFileSync(
      join(legislature, 'Pat-Newmember-00000000-0000-4000-8000-000000000001.yml'),
      `id: ocd-person/00000000-0000-4000-8000-000000000001\nname: Pat Newmember\nparty:\n- name: Democratic\nroles:\n- start_date: 2026-09-01\n  type: lower\n  jurisdiction: ocd-jurisdiction/country:us/state:ma/government\n  district: ${toFill.name}\n`,
    );
    commit(people, '2026-09-15', 'refresh');

    const report = join(work, 'report.md');
    const refreshed = runImport(people, '--precincts', csv, '--out', out, '--report', report);
    assert.equal(refreshed.status, 0, refreshed.stderr);
    // The maintainer's release note for this fixture, printed for the record.
    console.log(refreshed.stdout.slice(refreshed.stdout.indexOf('## Legislator data')));
    const changes = changesOf(refreshed.stdout);
    const h = (district) => `${district} (House)`;
    assert.deepEqual(
      changes,
      [
        `- Changed phone: ${phoned.doc.name}, ${h(currentRole(phoned.doc).district)}: ${oldPhone} → ${newPhone}`,
        `- Changed district office phone: ${districted.doc.name}, ${h(currentRole(districted.doc).district)}: ${oldDistrictPhone} → ${newDistrictPhone}`,
        `- Joined: Pat Newmember, ${h(toFill.name)}`,
        `- Left: ${leaving.doc.name}, ${h(leavingDistrict)}`,
        `- Vacancy filled: ${h(toFill.name)}, now Pat Newmember`,
        `- Vacancy opened: ${h(leavingDistrict)}, held by ${leaving.doc.name} until now`,
      ].sort(),
    );
    assert.equal(readFileSync(report, 'utf8'), refreshed.stdout.slice(refreshed.stdout.indexOf('## Legislator data')).trimEnd() + '\n');
    assert.match(refreshed.stdout, /as of 2026-09-15/);
    assert.match(refreshed.stdout, /Without published contact details: .*Pat Newmember \(member code, email, phone\)/);

    // A reader of the filled seat's town now finds the new member, with no contact details.
    const next = await lookupWith(join(out, 'ma-districts.ts'));
    const town = next.allMunicipalities().find((name) => {
      const r = next.resolveTown(name);
      return r.kind === 'single' ? r.house.name === toFill.name : r.candidates.house.some((d) => d.name === toFill.name);
    });
    assert.ok(town, `no town in ${toFill.name}`);
    const resolved = next.resolveTown(town);
    const seat = resolved.kind === 'single' ? resolved.house : resolved.candidates.house.find((d) => d.name === toFill.name);
    assert.equal(seat.member?.name, 'Pat Newmember');
    assert.deepEqual([seat.member.code, seat.member.email, seat.member.phone], ['', '', null]);
    assert.equal(seat.member.profileUrl, 'https://malegislature.gov/Search/FindMyLegislator');
    assert.equal(next.findDistrictByName(leavingDistrict, 'house').member, null);
    assert.equal(next.allLegislators().find((l) => l.name === phoned.doc.name).phone, newPhone);
    assert.equal(next.allLegislators().find((l) => l.name === districted.doc.name).districtPhone, newDistrictPhone);
  });

  it('a run with nothing changed says so', () => {
    const again = runImport(people, '--precincts', csv, '--out', out);
    assert.equal(again.status, 0, again.stderr);
    assert.deepEqual(changesOf(again.stdout), ['- No change in members, seats, phones or emails.']);
  });

  it('--as-of overrides the commit date; a date in the next session with only old members stays the old session', () => {
    const old = runImport(people, '--precincts', csv, '--out', out, '--as-of', '2027-01-06');
    assert.equal(old.status, 0, old.stderr);
    assert.match(readFileSync(join(out, 'ma-districts.ts'), 'utf8'), /"number":194,"convened":"2025-01-01","ends":"2027-01-06"/);
    assert.match(old.stdout, /\*\*Note\*\*: Dated 2027-01-06, in the 195th General Court, but no member's current term began on or after 2027-01-06/);
    assert.doesNotMatch(old.stdout, /New session/);
  });

  it('once a member’s term begins in the next session, the data is that session’s and the report says so', () => {
    const file = join(legislature, 'Pat-Newmember-00000000-0000-4000-8000-000000000001.yml');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('start_date: 2026-09-01', 'start_date: 2027-01-06'));
    try {
      const next = runImport(people, '--precincts', csv, '--out', out, '--as-of', '2027-01-08');
      assert.equal(next.status, 0, next.stderr);
      assert.match(readFileSync(join(out, 'ma-districts.ts'), 'utf8'), /"number":195,"convened":"2027-01-06","ends":"2029-01-03"/);
      assert.match(next.stdout, /\*\*New session\*\*: the data moved from the 194th General Court \(2025–2026\) to the 195th General Court \(2027–2028\)/);
      assert.doesNotMatch(next.stdout, /\*\*Note\*\*/);
    } finally {
      writeFileSync(file, text);
    }
  });

  it('refuses structural problems and writes nothing', () => {
    const before = readFileSync(join(out, 'ma-districts.ts'), 'utf8');
    const [first, second] = files();
    const district = currentRole(read(first)).district;
    const chamber = currentRole(read(first)).type;
    const cases = [
      {
        name: 'two members in one seat',
        file: 'Twin-00000000-0000-4000-8000-000000000002.yml',
        text: `name: Twin Member\nparty:\n- name: Democratic\nroles:\n- type: ${chamber}\n  district: ${district}\n`,
        error: /already held by/,
      },
      {
        name: 'a district that does not join',
        file: 'Nowhere-00000000-0000-4000-8000-000000000003.yml',
        text: `name: No Where\nparty:\n- name: Democratic\nroles:\n- type: lower\n  district: 99th Atlantis\n`,
        error: /is not in the precinct table/,
      },
      { name: 'a malformed file', file: second, text: 'name: [unsupported\n', error: /cannot read/ },
      { name: 'a malformed phone', file: 'Odd-00000000-0000-4000-8000-000000000004.yml', text: `name: Odd Phone\nroles:\n- type: lower\n  district: 99th Atlantis\noffices:\n- classification: capitol\n  voice: call me\n`, error: /is not NNN-NNN-NNNN/ },
    ];
    for (const c of cases) {
      const path = join(legislature, c.file);
      const original = existsSync(path) ? readFileSync(path, 'utf8') : null;
      writeFileSync(path, c.text);
      const result = runImport(people, '--precincts', csv, '--out', out, '--as-of', '2026-09-15');
      if (original === null) rmSync(path);
      else writeFileSync(path, original);
      assert.equal(result.status, 1, c.name);
      assert.match(result.stderr, c.error, c.name);
      assert.match(result.stderr, /Nothing was written/, c.name);
      assert.equal(readFileSync(join(out, 'ma-districts.ts'), 'utf8'), before, c.name);
    }
  });
});

describe('readLegislator: the district office phone', () => {
  const doc = (offices) => ({ name: 'Ann Lee', roles: [{ type: 'lower', district: '1st Essex' }], offices });
  const capitol = { classification: 'capitol', voice: '617-722-2320' };
  const read = (offices) => readLegislator({ file: 'Ann-Lee.yml', doc: doc(offices) });

  it('is the first well-formed voice of a district office, other than the capitol number', () => {
    assert.equal(read([capitol]).legislator.districtPhone, null);
    assert.equal(read([capitol, { classification: 'district', voice: ' 978-555-0100 ' }]).legislator.districtPhone, '978-555-0100');
    assert.equal(read([{ classification: 'district', voice: '617-722-2320' }, capitol, { classification: 'district', voice: '978-555-0101' }, { classification: 'district', voice: '978-555-0102' }]).legislator.districtPhone, '978-555-0101');
    assert.equal(read([capitol, { classification: 'district-mail', voice: '978-555-0103' }, { classification: 'district', fax: '978-555-0104' }]).legislator.districtPhone, null);
  });

  it('leaves out a malformed one with a note, not a problem', () => {
    const { legislator, problems, notes } = read([capitol, { classification: 'district', voice: '508-757-0323 ext. 13' }]);
    assert.equal(legislator.districtPhone, null);
    assert.deepEqual(problems, []);
    assert.deepEqual(notes, ['Ann Lee: district office phone "508-757-0323 ext. 13" is not NNN-NNN-NNNN']);
    assert.equal(read([capitol, { classification: 'district', voice: 'call us' }, { classification: 'district', voice: '978-555-0105' }]).legislator.districtPhone, '978-555-0105');
  });
});

describe('npm run data inputs', { skip }, () => {
  it('reads a folder laid out like ../shared/data, with its dates from SOURCES.json', () => {
    const work = mkdtempSync(join(tmpdir(), 'sca-import-'));
    try {
      const dir = join(work, 'data');
      mkdirSync(dir);
      cpSync(sharedLegislature, join(dir, 'openstates-ma-legislature'), { recursive: true });
      cpSync(csv, join(dir, 'ma-precincts-districts-2022.csv'));
      writeFileSync(join(dir, 'SOURCES.json'), JSON.stringify({ 'openstates-ma-legislature': { asOf: '2026-11-20', source: 'fixture' }, 'ma-precincts-districts-2022.csv': { asOf: '2022-11-08' } }));
      const result = runImport(dir, '--out', join(work, 'out'));
      assert.equal(result.status, 0, result.stderr);
      const module = readFileSync(join(work, 'out', 'ma-districts.ts'), 'utf8');
      assert.match(module, /LEGISLATORS_AS_OF = "2026-11-20"/);
      assert.match(module, /DISTRICTS_AS_OF = "2022-11-08"/);
      assert.match(result.stdout, /No earlier data module/);

      writeFileSync(join(dir, 'SOURCES.json'), '{}');
      const undated = runImport(dir, '--out', join(work, 'out'));
      assert.equal(undated.status, 1);
      assert.match(undated.stderr, /cannot tell how old the legislator data is.*Pass --as-of/s);
      assert.equal(runImport(dir, '--out', join(work, 'out'), '--as-of', '2026-02-30').status, 1, 'an impossible date is refused');
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('imports leadership, committee chairs and the governor, and refuses a post held twice', () => {
    const work = mkdtempSync(join(tmpdir(), 'sca-import-'));
    try {
      const dir = join(work, 'data');
      mkdirSync(dir);
      for (const folder of ['openstates-ma-legislature', 'openstates-ma-committees', 'openstates-ma-executive']) cpSync(join(shared, folder), join(dir, folder), { recursive: true });
      cpSync(csv, join(dir, 'ma-precincts-districts-2022.csv'));
      cpSync(join(shared, 'SOURCES.json'), join(dir, 'SOURCES.json'));
      const result = runImport(dir, '--out', join(work, 'out'));
      assert.equal(result.status, 0, result.stderr);
      const module = readFileSync(join(work, 'out', 'ma-offices.ts'), 'utf8');
      // Apart from the district tables, which every dialog fetches (the offices only with also-contact).
      assert.doesNotMatch(readFileSync(join(work, 'out', 'ma-districts.ts'), 'utf8'), /LEADERSHIP|COMMITTEES|GOVERNOR/);
      const constant = (name) => JSON.parse(new RegExp(`export const ${name}: string =\\s*("(?:[^"\\\\]|\\\\.)*")`).exec(module)[1]);
      // Chairs by person id: the committee file's chairs, as member codes of the legislator files.
      const files = readdirSync(join(dir, 'openstates-ma-legislature')).map((file) => parseYaml(readFileSync(join(dir, 'openstates-ma-legislature', file), 'utf8')));
      const codeOf = new Map(files.map((doc) => [doc.id, doc.extras?.['member code']]));
      const j22File = readdirSync(join(dir, 'openstates-ma-committees')).find((file) => readFileSync(join(dir, 'openstates-ma-committees', file), 'utf8').includes('/Detail/J22'));
      const j22 = parseYaml(readFileSync(join(dir, 'openstates-ma-committees', j22File), 'utf8'));
      const chairs = j22.members.filter((member) => member.role === 'chair').map((member) => codeOf.get(member.person_id));
      const line = constant('COMMITTEES').split('\n').find((entry) => entry.startsWith('J22|'));
      assert.equal(line, `J22|j|Joint Committee on ${j22.name}|${chairs.join(',')}`);
      const speaker = files.find((doc) => doc.extras?.['leadership position'] === 'Speaker of the House');
      assert.match(constant('LEADERSHIP'), new RegExp(`speaker=${speaker.extras['member code']}`));
      // The governor, chosen by role type among the folder's other people; the term ends the Thursday after the Legislature convenes.
      const [name, , phone, , webform, , ends] = constant('GOVERNOR').split('|');
      const governor = readdirSync(join(dir, 'openstates-ma-executive')).map((file) => parseYaml(readFileSync(join(dir, 'openstates-ma-executive', file), 'utf8'))).find((doc) => doc.roles.some((role) => role.type === 'governor'));
      assert.equal(name, governor.name);
      assert.match(phone, /^\d{3}-\d{3}-\d{4}$/);
      assert.match(webform, /^https:\/\//);
      assert.equal(ends, '2027-01-07');
      assert.match(result.stdout, /Also-contact: Speaker of the House: .+; President of the Senate: .+; \d+ committees with a code .*governor: .+, term ends 2027-01-07/);
      assert.match(result.stdout, /Legislative Black and Latino Caucus .* has no malegislature.gov committee code/);

      // Committee data older than the session: its chairs may be the last session's, so none
      // are imported, and the report says why. A governor-elect's future term is not today's.
      const sources = JSON.parse(readFileSync(join(dir, 'SOURCES.json'), 'utf8'));
      sources['openstates-ma-committees'].asOf = '2024-12-20';
      writeFileSync(join(dir, 'SOURCES.json'), JSON.stringify(sources));
      writeFileSync(
        join(dir, 'openstates-ma-executive', 'Elect-Fixture.yml'),
        'id: ocd-person/00000000-0000-0000-0000-000000000000\nname: Elect Fixture\nparty:\n- name: Democratic\nroles:\n- start_date: 2027-01-07\n  end_date: 2031-01-08\n  type: governor\n  jurisdiction: ocd-jurisdiction/country:us/state:ma/government\noffices:\n- classification: capitol\n  voice: 617-555-0100\n',
      );
      const older = runImport(dir, '--out', join(work, 'out-old'));
      assert.equal(older.status, 0, older.stderr);
      const oldModule = readFileSync(join(work, 'out-old', 'ma-offices.ts'), 'utf8');
      assert.equal(JSON.parse(/export const COMMITTEES: string =\s*("(?:[^"\\]|\\.)*")/.exec(oldModule)[1]), '');
      assert.match(older.stdout, /no committee chairs imported: the committee data \(as of 2024-12-20\) is older than the 194th General Court/);
      assert.equal(JSON.parse(/export const GOVERNOR: string =\s*("(?:[^"\\]|\\.)*")/.exec(oldModule)[1]).split('|')[0], governor.name);
      rmSync(join(dir, 'openstates-ma-executive', 'Elect-Fixture.yml'));

      // A second Speaker is a broken snapshot: nothing is written.
      const other = readdirSync(join(dir, 'openstates-ma-legislature')).find((file) => !readFileSync(join(dir, 'openstates-ma-legislature', file), 'utf8').includes('leadership position'));
      const path = join(dir, 'openstates-ma-legislature', other);
      writeFileSync(path, readFileSync(path, 'utf8').replace(/^extras:\n/m, 'extras:\n  leadership position: Speaker of the House\n'));
      const twice = runImport(dir, '--out', join(work, 'out2'));
      assert.equal(twice.status, 1);
      assert.match(twice.stderr, /a second "Speaker of the House"/);
      assert.equal(existsSync(join(work, 'out2', 'ma-districts.ts')), false);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('a folder with no legislator data says where the inputs come from', () => {
    const result = runImport(tmpdir(), '--out', join(tmpdir(), 'never'));
    assert.equal(result.status, 1);
    assert.match(result.stderr, /git clone --depth 1 https:\/\/github\.com\/openstates\/people/);
    assert.match(result.stderr, /Keeping the legislator data current/);
  });
});
