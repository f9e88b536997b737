/**
 * Dates as LinkedIn's export writes them: "Mar 2021" or "March 2021" for positions, certificates
 * and projects, "2019" for schools, "2021-03-15" or "Mar 15, 2021" in some exports. Read into
 * Commfolio's YYYY-MM (or YYYY-MM-DD); a year alone is kept as a year for the caller to place.
 */

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Months by every spelling LinkedIn uses: "Mar", "March", "Sept". */
const MONTHS = new Map<string, number>([
  ...MONTH_NAMES.map((name, index) => [name, index + 1] as const),
  ...MONTH_NAMES.map((name, index) => [name.slice(0, 3), index + 1] as const),
  ['sept', 9],
]);

/** A YYYY-MM-DD or YYYY-MM date read from LinkedIn: a month or day in Commfolio's form, or a year alone. */
export type LinkedInDate = { month: string } | { year: string };

const pad = (value: number | string) => String(value).padStart(2, '0');
const monthNumber = (name: string) => MONTHS.get(name.toLowerCase().replace(/\.$/, ''));

function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The date a LinkedIn cell holds, or undefined when it is not one LinkedIn writes. */
export function readLinkedInDate(text: string): LinkedInDate | undefined {
  const value = text.trim();
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})$/.exec(value))) return { year: match[1]! };
  if ((match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value))) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), match[3] ? Number(match[3]) : 1];
    if (month < 1 || month > 12 || !isRealDay(year, month, day)) return undefined;
    return { month: match[3] ? `${match[1]}-${match[2]}-${match[3]}` : `${match[1]}-${match[2]}` };
  }
  if ((match = /^([A-Za-z]+\.?)\s+(\d{4})$/.exec(value))) {
    const month = monthNumber(match[1]!);
    return month ? { month: `${match[2]}-${pad(month)}` } : undefined;
  }
  if ((match = /^([A-Za-z]+\.?)\s+(\d{1,2}),?\s+(\d{4})$/.exec(value)) || (match = /^(\d{1,2})\s+([A-Za-z]+\.?)\s+(\d{4})$/.exec(value))) {
    const [monthName, day] = /^\d/.test(match[1]!) ? [match[2]!, Number(match[1])] : [match[1]!, Number(match[2])];
    const month = monthNumber(monthName);
    if (!month || !isRealDay(Number(match[3]), month, day)) return undefined;
    return { month: `${match[3]}-${pad(month)}-${pad(day)}` };
  }
  return undefined;
}
