import { expect } from '@open-wc/testing';
import { chooseLocale, directionOf, matchLocale, nativeName, LOCALES } from '../../src/i18n/language.js';

describe('matchLocale', () => {
  const cases: Array<[string | null, string | null]> = [
    ['en', 'en'],
    ['en-US', 'en'],
    ['es', 'es'],
    ['es-419', 'es'],
    ['es-MX', 'es'],
    ['pt', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['pt-BR', 'pt-BR'],
    ['pt_br', 'pt-BR'],
    ['zh', 'zh-Hans'],
    ['zh-CN', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh-Hans-CN', 'zh-Hans'],
    ['zh-TW', 'zh-Hans'],
    ['ht', 'ht'],
    ['ht-HT', 'ht'],
    ['vi-VN', 'vi'],
    ['ar', 'ar'],
    ['ar-EG', 'ar'],
    ['AR', 'ar'],
    ['fr', null],
    ['', null],
    [null, null],
  ];
  for (const [tag, expected] of cases) {
    it(`${JSON.stringify(tag)} → ${expected}`, () => expect(matchLocale(tag)).to.equal(expected));
  }
});

describe('chooseLocale', () => {
  it('takes the first candidate the widget speaks', () => {
    expect(chooseLocale(['fr-CA', 'de', 'pt-PT', 'es'])).to.equal('pt-BR');
  });
  it('falls back to English', () => {
    expect(chooseLocale(['fr', 'de'])).to.equal('en');
    expect(chooseLocale([])).to.equal('en');
    expect(chooseLocale([null, undefined])).to.equal('en');
  });
});

describe('directionOf', () => {
  for (const locale of LOCALES) {
    it(`${locale} is ${locale === 'ar' ? 'rtl' : 'ltr'}`, () => expect(directionOf(locale)).to.equal(locale === 'ar' ? 'rtl' : 'ltr'));
  }
});

describe('nativeName', () => {
  const expected: Record<string, RegExp> = {
    en: /^English$/,
    es: /^Español$/,
    'pt-BR': /^Português/,
    ht: /^Kreyòl ayisyen$/,
    'zh-Hans': /中文/,
    vi: /^Tiếng Việt$/,
    ar: /^العربية$/,
  };
  for (const locale of LOCALES) {
    it(`names ${locale} in itself`, () => expect(nativeName(locale)).to.match(expected[locale]!));
  }
});

describe('LOCALES', () => {
  it('lists exactly the languages lit-localize builds, source first', async () => {
    const config = await (await fetch('/lit-localize.json')).json();
    expect(LOCALES[0]).to.equal(config.sourceLocale);
    expect([...LOCALES].sort()).to.deep.equal([config.sourceLocale, ...config.targetLocales].sort());
  });
});
