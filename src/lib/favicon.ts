/**
 * The site's icon, drawn at build time: the owner's initials on a rounded square of the accent
 * colour, as SVG (sharp at every size, light in bytes). Pure.
 */
import { escapeMarkup } from './markup.ts';

/** Up to two initials of a name, from its first and last words ("Asha Rao" → "AR"), whole characters of any script. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = (word: string | undefined) =>
    word ? ([...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(word)][0]?.segment ?? '') : '';
  const initials = words.length > 1 ? first(words[0]) + first(words.at(-1)) : first(words[0]);
  return initials.toLocaleUpperCase();
}

/** Relative luminance of a #rgb or #rrggbb colour (WCAG). */
function luminance(hex: string): number {
  const digits = hex.length === 4 ? [...hex.slice(1)].map((digit) => digit + digit) : [hex.slice(1, 3), hex.slice(3, 5), hex.slice(5, 7)];
  const [red, green, blue] = digits.map((pair) => {
    const channel = parseInt(pair, 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * red! + 0.7152 * green! + 0.0722 * blue!;
}

/** White or near-black, whichever reads better on `background`. */
export function inkOn(background: string): '#ffffff' | '#111111' {
  const shade = luminance(background);
  const contrastWithWhite = 1.05 / (shade + 0.05);
  const contrastWithBlack = (shade + 0.05) / (luminance('#111111') + 0.05);
  return contrastWithWhite >= contrastWithBlack ? '#ffffff' : '#111111';
}

/** The favicon: `initials` centred on a rounded square of `accent` (a validated hex colour). */
export function faviconSvg(initials: string, accent: string): string {
  const size = [...initials].length > 1 ? 28 : 36;
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">',
    `<rect width="64" height="64" rx="14" fill="${accent}"/>`,
    `<text x="32" y="33" text-anchor="middle" dominant-baseline="middle" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif" font-size="${size}" font-weight="700" fill="${inkOn(accent)}">${escapeMarkup(initials)}</text>`,
    '</svg>',
  ].join('');
}

/**
 * The favicon as the owner's photo: a PNG (already cut square, re-encoded without metadata) inside
 * an SVG with the same rounded corners, so the icon stays one file format.
 */
export function photoFaviconSvg(png: Buffer): string {
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">',
    '<clipPath id="corners"><rect width="64" height="64" rx="14"/></clipPath>',
    `<image href="data:image/png;base64,${png.toString('base64')}" width="64" height="64" clip-path="url(#corners)"/>`,
    '</svg>',
  ].join('');
}
