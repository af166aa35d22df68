import { expect } from '@open-wc/testing';
import { bostonDate, firstWednesdayOfJanuary, generalCourt, generalCourtOn, hasEnded, parseCourtNumber, sessionYears } from '../../src/lookup/session.js';

describe('the General Court calendar', () => {
  // The first Wednesday of January, from the calendar (2025 began on a Wednesday, 2027 on a Friday).
  const convenings: Array<[number, string]> = [
    [2021, '2021-01-06'],
    [2023, '2023-01-04'],
    [2025, '2025-01-01'],
    [2027, '2027-01-06'],
    [2029, '2029-01-03'],
    [2031, '2031-01-01'],
    [2033, '2033-01-05'],
    [2035, '2035-01-03'],
  ];
  for (const [year, day] of convenings) it(`convenes on ${day} in ${year}`, () => expect(firstWednesdayOfJanuary(year)).to.equal(day));

  it('numbers General Courts every two years from the 194th (2025)', () => {
    expect(generalCourt(192)).to.deep.equal({ number: 192, convened: '2021-01-06', ends: '2023-01-04' });
    expect(generalCourt(194)).to.deep.equal({ number: 194, convened: '2025-01-01', ends: '2027-01-06' });
    expect(generalCourt(195)).to.deep.equal({ number: 195, convened: '2027-01-06', ends: '2029-01-03' });
  });

  const on: Array<[string, number]> = [
    ['2025-01-01', 194],
    ['2026-08-05', 194],
    ['2026-12-31', 194],
    ['2027-01-05', 194],
    ['2027-01-06', 195],
    ['2028-06-30', 195],
    ['2029-01-02', 195],
    ['2029-01-03', 196],
    ['2024-12-31', 193],
  ];
  for (const [day, number] of on) it(`${day} is in the ${number}th`, () => expect(generalCourtOn(day).number).to.equal(number));

  it('names its years', () => expect(sessionYears(generalCourt(194))).to.equal('2025–2026'));
});

describe('Boston time', () => {
  const cases: Array<[string, string]> = [
    ['2027-01-06T03:00:00Z', '2027-01-05'], // 22:00 EST the evening before
    ['2027-01-06T04:59:59Z', '2027-01-05'],
    ['2027-01-06T05:00:00Z', '2027-01-06'], // midnight EST
    ['2026-07-01T03:59:59Z', '2026-06-30'], // EDT, UTC−4
    ['2026-07-01T04:00:00Z', '2026-07-01'],
  ];
  for (const [utc, day] of cases) it(`${utc} is ${day} in Boston`, () => expect(bostonDate(Date.parse(utc))).to.equal(day));

  it('agrees with Intl’s America/New_York at every hour around each change of clocks, 2024 to 2040', () => {
    const intl = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York', year: 'numeric', month: '2-digit', day: '2-digit' });
    const disagreements: string[] = [];
    let checked = 0;
    for (let year = 2024; year <= 2040; year++) {
      // Every 15 minutes through March 7–15 and October 31–November 8 (where the Sundays fall), plus each midnight of the year.
      const windows = [
        [Date.UTC(year, 2, 7), Date.UTC(year, 2, 16)],
        [Date.UTC(year, 9, 31), Date.UTC(year, 10, 9)],
      ];
      const times: number[] = [];
      for (const [from, to] of windows) for (let time = from!; time < to!; time += 15 * 60_000) times.push(time);
      for (let day = 0; day < 366; day++) times.push(Date.UTC(year, 0, 1 + day, 4, 30), Date.UTC(year, 0, 1 + day, 5, 30));
      for (const time of times) {
        checked++;
        if (bostonDate(time) !== intl.format(time)) disagreements.push(new Date(time).toISOString());
      }
    }
    expect(checked).to.be.greaterThan(40_000);
    expect(disagreements).to.deep.equal([]);
  });

  it('a General Court has ended from midnight in Boston on its successor’s first day', () => {
    const court = generalCourt(194);
    expect(hasEnded(court, Date.parse('2027-01-06T04:59:59Z'))).to.equal(false);
    expect(hasEnded(court, Date.parse('2027-01-06T05:00:00Z'))).to.equal(true);
    expect(hasEnded(court, Date.parse('2026-08-05T17:00:00Z'))).to.equal(false);
  });
});

describe('parseCourtNumber', () => {
  const cases: Array<[unknown, number | null]> = [
    [194, 194],
    ['194', 194],
    [' 195 ', 195],
    ['', null],
    ['194th', null],
    [194.5, null],
    [-194, null],
    [19, null],
    [1940, null],
    ['٩٤١', null],
    [null, null],
    [undefined, null],
    [{ valueOf: () => 194 }, null],
  ];
  for (const [input, want] of cases) it(`${String(input)} → ${want}`, () => expect(parseCourtNumber(input)).to.equal(want));
});
