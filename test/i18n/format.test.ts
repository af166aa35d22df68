import { expect } from '@open-wc/testing';
import { formatDate, formatList } from '../../src/i18n/format.js';

describe('formatDate', () => {
  const cases: Array<[Parameters<typeof formatDate>[0], RegExp]> = [
    ['en', /^August 5, 2026$/],
    ['es', /^5 de agosto de 2026$/],
    ['ht', /^5 out 2026$/],
    ['ar', /^5 .+ 2026$/],
    ['ru', /^5 августа 2026/],
    ['zh-Hant', /^2026年8月5日$/],
    ['km', /^5 សីហា 2026$/],
    ['kea', /^5 di Agostu di 2026$/],
  ];
  for (const [locale, expected] of cases) {
    it(`${locale}: ${expected}`, () => expect(formatDate(locale, '2026-08-05')).to.match(expected));
  }
  it('ar: Western digits only, like every other number shown (review finding)', () => {
    expect(formatDate('ar', '2026-08-05')).not.to.match(/[\u0660-\u0669]/);
  });
  it('no language prints English month names or non-Western digits', () => {
    for (const locale of ['es', 'pt-BR', 'ht', 'zh-Hans', 'zh-Hant', 'vi', 'ar', 'ru', 'km', 'kea'] as const) {
      const date = formatDate(locale, '2027-01-06');
      expect(date, locale).not.to.match(/January|[\u0660-\u0669\u06f0-\u06f9\u17e0-\u17e9]/);
      expect(date, locale).to.contain('2027');
    }
  });
});

describe('formatList', () => {
  const cases: Array<[Parameters<typeof formatList>[0], string[], string]> = [
    ['en', ['A', 'B'], 'A and B'],
    ['es', ['A', 'B'], 'A y B'],
    ['ht', ['A', 'B'], 'A ak B'],
    ['ht', ['A', 'B', 'C'], 'A, B ak C'],
    ['ht', ['A'], 'A'],
    ['vi', ['A', 'B'], 'A và B'],
    ['km', ['A', 'B'], 'A និង B'],
    ['kea', ['A', 'B', 'C'], 'A, B y C'],
    ['ru', ['A', 'B'], 'A и B'],
  ];
  for (const [locale, items, expected] of cases) {
    it(`${locale} ${items.join('+')} → ${expected}`, () => expect(formatList(locale, items)).to.equal(expected));
  }
});
