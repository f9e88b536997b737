/**
 * The largest figure Commfolio publishes. Above 10^15 (a million billion, far beyond any reach,
 * follower or impression count) a number means a typo, and JavaScript numbers start to lose their
 * last digits; 1e308 would be shown as "+∞%".
 */
export const MAX_FIGURE = 1e15;

/** Why a number cannot be a figure (beyond ±MAX_FIGURE, or not finite), or undefined; `written` is how it was written, if known. */
export function figureProblem(value: number, written?: string): string | undefined {
  if (Number.isFinite(value) && Math.abs(value) <= MAX_FIGURE) return undefined;
  const shown =
    written === undefined
      ? String(value).replace('Infinity', 'infinity')
      : [...written].length > 24
        ? `${[...written].slice(0, 20).join('')}… (${[...written].length} digits)`
        : written;
  return `${shown} is beyond any figure a metric can mean (at most a million billion, 1,000,000,000,000,000${value < 0 ? ', below zero' : ''}). Check the number: a digit too many, or a unit typed as zeros?`;
}
