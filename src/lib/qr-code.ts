/**
 * QR codes as SVG, drawn from uqr's module matrix: one path of dark squares on a white square, four
 * modules of quiet zone, no style attributes (an SVG the Content-Security-Policy has nothing to say
 * about, that prints sharp at any size). Pure: text in, SVG text out.
 */
import { encode } from 'uqr';
import { escapeMarkup } from './markup.ts';

/** Modules of blank margin around the code: the quiet zone the QR standard asks for. */
const QUIET_ZONE = 4;

/** The dark modules of a QR code for `text`, and its size in modules (quiet zone included). */
export function qrModules(text: string): { size: number; dark: boolean[][] } {
  // M recovers 15% of damage: enough for a printed CV or a badge, and the code stays small.
  const { data } = encode(text, { ecc: 'M', border: QUIET_ZONE });
  return { size: data.length, dark: data };
}

/**
 * An SVG QR code for `text`, with `title` as its accessible name. `scale` pixels per module set its
 * natural size (it scales without loss).
 */
export function qrCodeSvg(text: string, title: string, scale = 8): string {
  const { size, dark } = qrModules(text);
  const runs: string[] = [];
  dark.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      let end = x;
      while (row[end + 1]) end++;
      runs.push(`M${x} ${y}h${end - x + 1}v1h-${end - x + 1}z`);
      x = end;
    }
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${size * scale}" height="${size * scale}" shape-rendering="crispEdges" role="img">`,
    `<title>${escapeMarkup(title)}</title>`,
    `<rect width="${size}" height="${size}" fill="#ffffff"/>`,
    `<path fill="#000000" d="${runs.join('')}"/>`,
    '</svg>',
  ].join('');
}
