/**
 * Numbers written for the page's language with Intl: "12,500" in English, "12,500" or the Indian
 * grouping "1,25,000" in Hindi, Gujarati and Bengali (Bengali also uses its own digits, "১,২৫,০০০").
 */

/** A number in the page's language: whole numbers without decimals, others with one ("2.0", "4.7") unless `options` say otherwise. */
export function formatNumber(value: number, language: string, options: Intl.NumberFormatOptions = {}): string {
  const digits = Number.isInteger(value) ? 0 : 1;
  return new Intl.NumberFormat(language, { minimumFractionDigits: digits, maximumFractionDigits: digits, ...options }).format(value);
}

/** A short number for tight spaces such as chart axes: "12K", "1.2M"; "12 हज़ार", "1.2 लाख" in Hindi. */
export function formatCompact(value: number, language: string): string {
  return new Intl.NumberFormat(language, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

/** Units written straight after the number ("42%", "3×"); others follow a space ("320 members"). */
const ATTACHED_UNITS = new Set(['%', '‰', '×', 'x']);

/** A value with its unit, e.g. "42%" or "320 members"; `format` picks full or compact digits. */
export function formatWithUnit(
  value: number,
  unit: string | undefined,
  language: string,
  format: (value: number, language: string) => string = formatNumber,
): string {
  const number = format(value, language);
  if (!unit) return number;
  return ATTACHED_UNITS.has(unit) ? `${number}${unit}` : `${number} ${unit}`;
}

/** A signed percentage: "+240%", "-18%". */
export function formatPercentChange(change: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(change / 100);
}

/** A signed number of percentage points: "+2.5", "-39" (the caller adds the word for points). */
export function formatSignedNumber(value: number, language: string): string {
  return formatNumber(value, language, { signDisplay: 'exceptZero' });
}
