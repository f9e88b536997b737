/** A date as the reader's language writes it: "14 March 2026", "14 मार्च 2026". */
export function formatDate(date: Date, language: string): string {
  return new Intl.DateTimeFormat(language, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(date);
}

/** A YYYY-MM or YYYY-MM-DD string as a month ("May 2024") in the given language. */
export function formatMonth(partialDate: string, language: string): string {
  const [year, month = '01'] = partialDate.split('-');
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, 1));
  return new Intl.DateTimeFormat(language, { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(date);
}

/** "Jan 2024 – Mar 2024", or "Jan 2024 – present" when there is no end. */
export function formatPeriod(start: string, end: string | undefined, language: string, present: string): string {
  return `${formatMonth(start, language)} – ${end ? formatMonth(end, language) : present}`;
}

/** ISO 8601 date (YYYY-MM-DD) for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
