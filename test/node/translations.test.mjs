// The translation check that guards the build: it must catch a missing or broken translation.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { checkXliff, readUnits } from '../../scripts/lib/xliff.mjs';

const unit = (source, target) =>
  `<trans-unit id="s1">\n  <source>${source}</source>\n${target === undefined ? '' : `  <target>${target}</target>\n`}</trans-unit>`;

describe('checkXliff', () => {
  const cases = [
    { name: 'a complete unit', xliff: unit('Hello', 'Hola'), problems: 0 },
    { name: 'a missing target', xliff: unit('Hello'), problems: 1, match: /no translation/ },
    { name: 'an empty target', xliff: unit('Hello', '  '), problems: 1, match: /no translation/ },
    {
      name: 'a dropped XLIFF placeholder',
      xliff: unit('<x id="0" equiv-text="${town}"/> is in', 'está en'),
      problems: 1,
      match: /placeholders differ/,
    },
    {
      name: 'a reordered XLIFF placeholder is fine',
      xliff: unit('<x id="0" equiv-text="${a}"/> and <x id="1" equiv-text="${b}"/>', '<x id="1" equiv-text="${b}"/> y <x id="0" equiv-text="${a}"/>'),
      problems: 0,
    },
    { name: 'a repeated brace placeholder is fine', xliff: unit('Dear {title}', 'Kính gửi {title}, thưa {title}'), problems: 0 },
    { name: 'a renamed brace placeholder', xliff: unit('Dear {title}', 'Querido {titulo}'), problems: 1, match: /\{placeholders\} differ/ },
    {
      name: 'markup smuggled into a target',
      xliff: unit('See <x id="0" equiv-text="&lt;a&gt;"/>this<x id="1" equiv-text="&lt;/a&gt;"/>.', 'Mira &lt;img src=x onerror=alert(1)&gt;<x id="0" equiv-text="&lt;a&gt;"/>esto<x id="1" equiv-text="&lt;/a&gt;"/>.'),
      problems: 1,
      match: /markup outside placeholders/,
    },
    { name: 'a lost line break', xliff: unit('a\\n\\nb', 'a\\nb'), problems: 1, match: /line breaks/ },
  ];
  for (const { name, xliff, problems, match } of cases) {
    it(name, () => {
      const found = checkXliff(xliff);
      assert.equal(found.length, problems, found.join('; '));
      if (match) assert.match(found[0], match);
    });
  }
});

describe('the project XLIFF files', () => {
  const files = readdirSync('xliff').filter((file) => file.endsWith('.xlf'));

  it('are exactly the languages lit-localize builds: the ten target languages', () => {
    const { targetLocales } = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
    assert.equal(targetLocales.length, 10);
    assert.deepEqual(files.sort(), targetLocales.map((locale) => `${locale}.xlf`).sort());
  });

  for (const file of files) {
    it(`${file} translates every message, keeping its placeholders`, () => {
      const text = readFileSync(`xliff/${file}`, 'utf8');
      assert.ok(readUnits(text).length > 100, 'the file has the messages');
      assert.deepEqual(checkXliff(text), []);
    });
  }

  it('every file has the same messages', () => {
    const ids = files.map((file) => readUnits(readFileSync(`xliff/${file}`, 'utf8')).map((u) => u.id).sort().join());
    assert.equal(new Set(ids).size, 1);
  });
});

// Findings of the December 2026 review (../shared/reviews/translations-2026-12.md) that changed
// what a sentence says: each stays fixed whatever else a translator edits.
describe('review findings on meaning stay fixed', () => {
  const unit = (locale, english) => {
    const found = readUnits(readFileSync(`xliff/${locale}.xlf`, 'utf8')).find((u) => u.source.startsWith(english));
    assert.ok(found?.target, `${locale} translates "${english}…"`);
    return found.target;
  };
  it('Haitian Creole: "you do not need to be a citizen", not "you do not need a citizen"', () => {
    const target = unit('ht', 'You do not need to be a citizen');
    assert.match(target, /pa bezwen se sitwayen/);
    assert.doesNotMatch(target, /pa bezwen sitwayen/);
  });
  it('Haitian Creole: "I called" is not "My name is"', () => {
    assert.notEqual(unit('ht', 'I called'), 'Mwen rele');
  });
  it('Portuguese: the police tell the person first, not "before the person can say no"', () => {
    assert.doesNotMatch(unit('pt-BR', 'When ICE wants to interview'), /avisar antes que a pessoa/);
  });
  it('Chinese: an ICE interview is not an official summons (约谈)', () => {
    assert.doesNotMatch(unit('zh-Hans', 'When ICE wants to interview'), /约谈/);
  });
  it('the thank-you to a co-sponsoring member: Arabic names the bill brought to a vote, Russian says "during this session"', () => {
    const english = 'Dear {title} {lastName},\n\nI live in {town}. Thank you for co-sponsoring {bill}.';
    const ask = (target) => target.split('\n\n')[2];
    assert.match(ask(unit('ar', english)), /لطرح \{bill\} للتصويت/);
    assert.match(ask(unit('ru', english)), /в ходе этой сессии/);
  });
});

// Terms the review settled (xliff/README.md's glossary): each holds in every unit of a file.
describe('the settled terms hold in every unit', () => {
  const targets = (locale) => readUnits(readFileSync(`xliff/${locale}.xlf`, 'utf8'));
  const target = (locale, id) => targets(locale).find((u) => u.id === id)?.target ?? '';
  const LOCALES = JSON.parse(readFileSync('lit-localize.json', 'utf8')).targetLocales;

  it('ICE is explained in the heading that first names it, in every language', () => {
    for (const locale of LOCALES) {
      const heading = target(locale, 's231b2aa50db1bee9');
      assert.match(heading, /ICE\s*[（(][^)）]{6,}[)）]|[^\s(（]{3,}[^()（）]*[（(]ICE[)）]/, `${locale}: ${heading}`);
    }
  });

  it('due process stays a legal concept, about people in custody', () => {
    const dueProcess = { es: /Debido proceso/, 'pt-BR': /Devido processo/, ht: /due process/, 'zh-Hans': /正当程序/, 'zh-Hant': /正當程序/, vi: /due process/, ar: /الإجراءات القانونية الواجبة/, ru: /Надлежащая правовая процедура/, km: /នីតិវិធីត្រឹមត្រូវតាមច្បាប់/, kea: /due process/ };
    for (const locale of LOCALES) assert.match(target(locale, 's956cac9bb7856fb2'), dueProcess[locale], locale);
    assert.doesNotMatch(target('ht', 's956cac9bb7856fb2'), /kenbe w\b/, 'ht: not "when the police hold you"');
  });

  it('a pending bill is not called an enacted law (vi, ar)', () => {
    for (const { source, target: text } of targets('vi')) {
      const withoutName = text.replace(/Đạo luật Cộng đồng An toàn/g, '');
      assert.doesNotMatch(withoutName, /đạo luật/i, `vi: ${source.slice(0, 50)}`);
    }
    for (const id of ['sc7adc0785d6f657f', 's6c18af42541386a3', 's869186cd491c9c96']) {
      assert.match(target('ar', id), /مشروع القانون|هذا المشروع/, `ar ${id}`);
    }
  });

  it('Haitian Creole has no "ko-sponsò" calque; Vietnamese says "quý vị", not "bạn"', () => {
    for (const { target: text } of targets('ht')) assert.doesNotMatch(text, /ko-?sponsò/i);
    for (const { target: text } of targets('vi')) assert.doesNotMatch(text.replace(/bạn bè/g, ''), /\bbạn\b/i);
  });

  it('ward and precinct never share the word of a legislative district', () => {
    for (const { source, target: text } of targets('es')) {
      if (/\bward\b/i.test(source)) assert.doesNotMatch(text, /distrito electoral/, `es: ${source.slice(0, 50)}`);
    }
    for (const locale of ['zh-Hans', 'zh-Hant']) {
      for (const { source, target: text } of targets(locale)) {
        if (/\bwards?\b/i.test(source)) assert.match(text, /选举片区|選舉片區/, `${locale}: ${source.slice(0, 50)}`);
      }
    }
  });

  it('no unit tells a reader their details are on a voter card they may not have', () => {
    for (const locale of LOCALES) {
      const units = targets(locale).filter((u) => /voter (registration )?card/.test(u.source));
      assert.equal(units.length, 1, locale);
      assert.match(units[0].source, /^If you are registered to vote/);
    }
  });
});
