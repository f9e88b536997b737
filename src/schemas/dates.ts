/**
 * The one date rule for everything an author writes (frontmatter and CSV files): YYYY-MM-DD, or
 * YYYY-MM where months are allowed; a real calendar day; a year from 1900 to 2100.
 */
import { quoteValue } from './messages.ts';

/** Years a date may have: outside them a date is almost surely a typo (0202 for 2020, 2202 for 2022). */
export const DATE_YEARS = { first: 1900, last: 2100 } as const;

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Days in a month of a year (month 1–12), leap years included. */
export function daysInMonth(year: number, month: number): number {
  if (month !== 2) return [31, 0, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

/** Whether year, month (1–12) and day make a date Commfolio accepts: a real day, a year in DATE_YEARS. */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  return year >= DATE_YEARS.first && year <= DATE_YEARS.last && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const pad = (value: number) => String(value).padStart(2, '0');

/** What to suggest for text that is not written as YYYY-MM-DD: its own date where it is unambiguous. */
function formHint(text: string, months: boolean): string {
  const example = months ? 'e.g. 2024-05 or 2024-05-14' : 'e.g. 2026-03-14';
  const withTime = /^(\d{4}-\d{2}-\d{2})[T ]\d/.exec(text);
  if (withTime) return `Write the day alone, without a time: ${withTime[1]}.`;
  const digits = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (digits) return `Put hyphens between the year, month and day: ${digits[1]}-${digits[2]}-${digits[3]}.`;
  const slashed = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(text);
  if (slashed) {
    const [first, second, year] = [Number(slashed[1]), Number(slashed[2]), slashed[3]];
    const readings = [
      ...new Set(
        [
          [second, first],
          [first, second],
        ]
          .filter(([month]) => month! <= 12)
          .map(([month, day]) => `${year}-${pad(month!)}-${pad(day!)}`),
      ),
    ];
    return `Write it as YYYY-MM-DD: ${readings.join(' or ')}${readings.length > 1 ? ', whichever you meant' : ''}.`;
  }
  const shortMonth = /^(\d{4})-(\d)$/.exec(text);
  if (months && shortMonth) return `Write the month with two digits: ${shortMonth[1]}-0${shortMonth[2]}.`;
  const parsed = /\p{L}/u.test(text) ? new Date(`${text} UTC`) : undefined;
  if (parsed && !Number.isNaN(parsed.getTime())) return `Write it as ${parsed.toISOString().slice(0, 10)}.`;
  return `Write it as ${months ? 'YYYY-MM or YYYY-MM-DD' : 'YYYY-MM-DD'}, ${example}.`;
}

/**
 * Why `text` is not a real calendar date written as YYYY-MM-DD (or also YYYY-MM, a month, when
 * `months`), or undefined. One rule for frontmatter and CSV files: 2026-02-30 is refused rather
 * than moved to 2 March, and each message ends with the form to write.
 */
export function calendarDateProblem(text: string, { months = false } = {}): string | undefined {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text);
  if (!match || (!months && match[3] === undefined))
    return `${quoteValue(text)} is not a date written as ${months ? 'YYYY-MM or YYYY-MM-DD' : 'YYYY-MM-DD'}. ${formHint(text, months)}`;
  const [year, month] = [Number(match[1]), Number(match[2])];
  const form = match[3] === undefined ? 'YYYY-MM' : 'YYYY-MM-DD';
  if (year < DATE_YEARS.first || year > DATE_YEARS.last) {
    return `${quoteValue(text)} is not a date Commfolio accepts: the year must be from ${DATE_YEARS.first} to ${DATE_YEARS.last}. Write it as ${form}, e.g. 2026-03${form === 'YYYY-MM' ? '' : '-14'}.`;
  }
  if (month < 1 || month > 12) {
    const day = match[3] === undefined ? undefined : Number(match[3]);
    const swapped =
      day !== undefined && day >= 1 && day <= 12 && month <= daysInMonth(year, day)
        ? ` (for ${month} ${MONTH_NAMES[day - 1]}, write ${year}-${pad(day)}-${pad(month)})`
        : '';
    return `${quoteValue(text)} is not a date: there is no month ${pad(month)}${swapped}. Write it as ${form}, with the month from 01 to 12.`;
  }
  if (match[3] !== undefined) {
    const [day, last] = [Number(match[3]), daysInMonth(year, month)];
    if (day < 1 || day > last)
      return `${quoteValue(text)} is not a date: ${MONTH_NAMES[month - 1]} ${year} has ${last} days. Write it as YYYY-MM-DD, e.g. ${year}-${pad(month)}-${pad(Math.min(Math.max(day, 1), last))}.`;
  }
  return undefined;
}

/** Why a value YAML did not read as text or a date (a number such as 20250101) is not a date. */
export function dateValueProblem(value: unknown, { months = false } = {}): string {
  if (value === undefined || value === null)
    return `is missing. Write a date as ${months ? 'YYYY-MM or YYYY-MM-DD, e.g. 2024-05' : 'YYYY-MM-DD, e.g. 2026-03-14'}.`;
  if (typeof value === 'number') return `${value} is a number, not a date. ${formHint(String(value), months)}`;
  return `should be a date. Write it as ${months ? 'YYYY-MM or YYYY-MM-DD, e.g. 2024-05' : 'YYYY-MM-DD, e.g. 2026-03-14'}.`;
}
