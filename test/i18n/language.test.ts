import { expect } from '@open-wc/testing';
import {
  chooseLocale,
  DEFAULT_LOCALES,
  directionOf,
  fallbackLocale,
  matchLocale,
  matchLocales,
  nativeName,
  offeredLocales,
  parseLanguages,
  LOCALES,
  PREVIEW_LOCALES,
} from '../../src/i18n/language.js';

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
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-MO', 'zh-Hant'],
    ['zh-Hant', 'zh-Hant'],
    ['zh-Hant-TW', 'zh-Hant'],
    ['zh-Hans-HK', 'zh-Hans'],
    ['yue', 'zh-Hant'],
    ['yue-HK', 'zh-Hant'],
    ['ru', 'ru'],
    ['ru-RU', 'ru'],
    ['km-KH', 'km'],
    ['kea', 'kea'],
    ['kea-CV', 'kea'],
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

describe('matchLocales', () => {
  it('offers Traditional readers Simplified next, and Simplified readers Traditional next', () => {
    expect(matchLocales('zh-TW')).to.deep.equal(['zh-Hant', 'zh-Hans']);
    expect(matchLocales('yue')).to.deep.equal(['zh-Hant', 'zh-Hans']);
    expect(matchLocales('zh-CN')).to.deep.equal(['zh-Hans', 'zh-Hant']);
    expect(matchLocales('zh')).to.deep.equal(['zh-Hans', 'zh-Hant']);
    expect(matchLocales('fr')).to.deep.equal([]);
    expect(matchLocales('constructor')).to.deep.equal([]);
  });
});

describe('a partner’s languages', () => {
  it('keeps the automatic choice to the offered list', () => {
    const offered = ['en', 'es', 'pt-BR'] as const;
    expect(chooseLocale(['vi-VN', 'pt-PT'], offered)).to.equal('pt-BR');
    expect(chooseLocale(['vi-VN'], offered)).to.equal('en');
    // A Hong Kong reader where only Simplified is offered reads Simplified, not English.
    expect(chooseLocale(['zh-HK', 'en'], ['en', 'zh-Hans'])).to.equal('zh-Hans');
  });

  it('falls back to English where offered, else to the first language listed', () => {
    expect(fallbackLocale(['es', 'en'])).to.equal('en');
    expect(fallbackLocale(['es', 'pt-BR'])).to.equal('es');
    expect(chooseLocale(['vi'], ['es', 'pt-BR'])).to.equal('es');
    expect(fallbackLocale([])).to.equal('en');
  });

  it('leaves the previews out unless listed', () => {
    expect(PREVIEW_LOCALES).to.deep.equal(['km', 'kea']);
    expect(DEFAULT_LOCALES).to.have.length(LOCALES.length - 2);
    expect(chooseLocale(['km-KH'])).to.equal('en');
    expect(chooseLocale(['km-KH'], LOCALES)).to.equal('km');
  });

  it('reads the attribute and the JSON array alike, naming what it does not know', () => {
    expect(parseLanguages('en es pt-BR')).to.deep.equal({ locales: ['en', 'es', 'pt-BR'], unknown: [] });
    expect(parseLanguages(' EN, pt-br,,zh-hant ')).to.deep.equal({ locales: ['en', 'pt-BR', 'zh-Hant'], unknown: [] });
    expect(parseLanguages(['es', 'es', 'fr', 7, null])).to.deep.equal({ locales: ['es'], unknown: ['fr', '7', 'null'] });
    expect(parseLanguages('klingon')).to.deep.equal({ locales: null, unknown: ['klingon'] });
    expect(parseLanguages('')).to.deep.equal({ locales: null, unknown: [] });
    expect(parseLanguages(undefined)).to.deep.equal({ locales: null, unknown: [] });
    expect(parseLanguages({ en: true })).to.deep.equal({ locales: null, unknown: [] });
    expect(parseLanguages('x'.repeat(500)).unknown[0]).to.have.length(40);
  });

  it('offers on a page what every widget lists, English alone when they share nothing', () => {
    expect(offeredLocales([['en', 'es', 'vi'], ['vi', 'es']])).to.deep.equal(['es', 'vi']);
    expect(offeredLocales([['en', 'km'], null])).to.deep.equal(['en']);
    expect(offeredLocales([null, ['ru', 'en']])).to.deep.equal(['en', 'ru']);
    expect(offeredLocales([['es'], ['pt-BR']])).to.deep.equal(['en']);
    expect(offeredLocales([])).to.deep.equal([...DEFAULT_LOCALES]);
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
    'zh-Hans': /^中文（简体）$/,
    'zh-Hant': /^中文（繁體）$/,
    vi: /^Tiếng Việt$/,
    ar: /^العربية$/,
    ru: /^Русский$/,
    km: /^ខ្មែរ$/,
    kea: /^Kabuverdianu$/,
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
