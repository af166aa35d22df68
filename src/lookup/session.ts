/**
 * The General Court's calendar, from the rule rather than a table: a new General Court (the
 * Massachusetts Legislature) convenes on the first Wednesday of January of every odd year, and
 * every member's term ends that day. The 194th convened on 1 January 2025; the 195th convenes on
 * 6 January 2027. Bill numbers and co-sponsor lists belong to one General Court.
 *
 * Pure: no DOM. Shared by the data import (which records the session of its data) and the
 * widgets (which compare it with the reader's clock, in Boston time).
 */

export interface GeneralCourt {
  /** 194 for the General Court of 2025–2026. */
  readonly number: number;
  /** The day it convened, "2025-01-01". */
  readonly convened: string;
  /**
   * The day its successor convenes and its members' terms end, "2027-01-06". From this day
   * (Boston time) a list of its members may be out of date.
   */
  readonly ends: string;
}

/** The 194th General Court convened in 2025; one General Court every two years. */
const REFERENCE = { number: 194, year: 2025 } as const;

const iso = (year: number, month: number, day: number) =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** The first Wednesday of January of `year`, as "YYYY-MM-DD". */
export function firstWednesdayOfJanuary(year: number): string {
  const weekday = new Date(Date.UTC(year, 0, 1)).getUTCDay(); // 0 = Sunday … 3 = Wednesday
  return iso(year, 1, 1 + ((3 - weekday + 7) % 7));
}

/** The General Court of this number (194 → convened 2025-01-01, ends 2027-01-06). */
export function generalCourt(number: number): GeneralCourt {
  const year = REFERENCE.year + 2 * (number - REFERENCE.number);
  return { number, convened: firstWednesdayOfJanuary(year), ends: firstWednesdayOfJanuary(year + 2) };
}

/** The General Court sitting on a calendar day ("YYYY-MM-DD"); on a convening day, the new one. */
export function generalCourtOn(day: string): GeneralCourt {
  const year = Number(day.slice(0, 4));
  let number = REFERENCE.number + Math.floor((year - REFERENCE.year) / 2);
  if (generalCourt(number).convened > day) number -= 1;
  return generalCourt(number);
}

/** "2025–2026": the two calendar years of a General Court. */
export function sessionYears(court: GeneralCourt): string {
  const first = Number(court.convened.slice(0, 4));
  return `${first}–${first + 1}`;
}

/** A plausible General Court number as written by a partner: "194", 194, " 195 ". */
export function parseCourtNumber(value: unknown): number | null {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (!/^\d{3}$/.test(text)) return null;
  const number = Number(text);
  return number >= 100 && number <= 400 ? number : null;
}

const HOUR = 3_600_000;

/** Day of the month of the `n`th Sunday of a month (0-based month), in UTC reckoning. */
function nthSunday(year: number, month: number, n: number): number {
  const firstWeekday = new Date(Date.UTC(year, month, 1)).getUTCDay();
  return 1 + ((7 - firstWeekday) % 7) + 7 * (n - 1);
}

/**
 * Whether Boston keeps daylight time at `time`: from 2:00 on the second Sunday of March to 2:00
 * on the first Sunday of November (the federal rule since 2007). Worked out rather than asked of
 * Intl: an `America/New_York` formatter costs a reader's phone tens of milliseconds of time-zone
 * data before the first render. A test checks this against Intl across years of transitions.
 */
function bostonDaylight(time: number): boolean {
  const year = new Date(time).getUTCFullYear();
  const start = Date.UTC(year, 2, nthSunday(year, 2, 2), 2 + 5);
  const end = Date.UTC(year, 10, nthSunday(year, 10, 1), 2 + 4);
  return time >= start && time < end;
}

/** The calendar day in Boston at `time` (ms since the epoch), "YYYY-MM-DD". */
export function bostonDate(time: number): string {
  return new Date(time - (bostonDaylight(time) ? 4 : 5) * HOUR).toISOString().slice(0, 10);
}

/** Whether `court` has ended by `time` (the reader's clock), judged by the day in Boston. */
export function hasEnded(court: GeneralCourt, time: number): boolean {
  return bostonDate(time) >= court.ends;
}
