import { readFile } from 'node:fs/promises';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp, { type Sharp } from 'sharp';
import { cardText, clampCard, type CardData, type CardTheme } from './card-data.ts';
import { emojiImages } from './emoji.ts';
import { encodeOpaquePng } from './png.ts';
import { drawnByCardFont, fontFamilyOf, fontsForText, type CardFont } from './fonts.ts';
import { CARD_SIZE, cardTemplate, type CardNode } from './template.ts';
import { rawInput, redactedPixels } from '../integrations/screenshots/redacted-pixels.ts';
import type { Redaction } from '../schemas/screenshot.ts';

/** Everything that decides a card's pixels: its data, the theme and (home card) the photo file. */
export interface CardInput {
  data: CardData;
  theme: CardTheme;
  /** Absolute path of the profile photo, for the home card. */
  photo?: string;
  /** Regions of the photo to hide (those any screenshot of the same file hides). */
  photoRedactions?: readonly Redaction[];
}

/** The most a card may weigh; link previews on some platforms refuse larger images. */
export const MAX_CARD_BYTES = 300 * 1024;

/**
 * Renders a card tree to a 1200×630 PNG: satori lays out and shapes the text (HarfBuzz) and
 * writes it as paths; resvg-js rasterises them. sharp (librsvg) draws the same pixels (mean
 * difference under 0.2 of 255) but took 17–29 ms a card against resvg's 12 ms on our cards.
 * Text stays paths (satori's default): with `<text>` the renderer would shape it again itself.
 * resvg is told not to scan system fonts, which it would otherwise do on every render. The PNG
 * is written by png.ts, faster than resvg's own encoder; the tree must paint an opaque background.
 */
export async function renderCardPng(tree: CardNode, fonts: CardFont[], graphemeImages: Record<string, string> = {}): Promise<Buffer> {
  const svg = await satori(tree as Parameters<typeof satori>[0], { ...CARD_SIZE, fonts, graphemeImages });
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: CARD_SIZE.width }, font: { loadSystemFonts: false } }).render();
  return encodeOpaquePng(image.pixels, image.width, image.height);
}

/** An image file as sharp input: decoded upright to bare pixels, its hidden regions destroyed. */
async function redactedImage(file: string, redactions: readonly Redaction[] = []): Promise<Sharp> {
  const pixels = await redactedPixels(await readFile(file), redactions, file);
  return sharp(pixels.data, rawInput(pixels));
}

/** The photo as a square PNG data URL, small enough to embed in the card's SVG. */
async function photoDataUrl(file: string, redactions?: readonly Redaction[]): Promise<string> {
  const png = await (await redactedImage(file, redactions)).resize(320, 320, { fit: 'cover' }).png().toBuffer();
  return `data:image/png;base64,${png.toString('base64')}`;
}

/** Renders one card: clamps its text, picks fonts and emoji images for that text, draws its template. */
export async function renderCard(input: CardInput): Promise<Buffer> {
  const data = clampCard(input.data);
  const text = cardText(data);
  const fonts = fontsForText(text);
  const photo = input.photo ? await photoDataUrl(input.photo, input.photoRedactions) : undefined;
  return renderCardPng(
    cardTemplate(data, { theme: input.theme, fontFamily: fontFamilyOf(fonts), photo }),
    fonts,
    emojiImages(text, drawnByCardFont),
  );
}

/**
 * A page's own image, cropped to 1200×630 and written as JPEG (photos would be far larger as
 * PNG), lowering the quality until it fits the size limit. Encoded from bare pixels with any
 * hidden region destroyed, so it carries neither the original's metadata nor what was hidden.
 */
export async function renderOwnImage(file: string, redactions?: readonly Redaction[]): Promise<Buffer> {
  const resized = (await redactedImage(file, redactions))
    .resize(CARD_SIZE.width, CARD_SIZE.height, { fit: 'cover' })
    .flatten({ background: '#ffffff' });
  for (const quality of [85, 75, 65, 55, 45]) {
    const jpeg = await resized.clone().jpeg({ quality, mozjpeg: true }).toBuffer();
    if (jpeg.length <= MAX_CARD_BYTES || quality === 45) return jpeg;
  }
  throw new Error('unreachable');
}
