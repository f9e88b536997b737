import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import type { CardFont } from './fonts.ts';
import { CARD_SIZE, type CardNode } from './template.ts';

/**
 * Renders a card tree to a 1200×630 PNG. Fonts are passed in (loaded once per build);
 * resvg is told not to scan system fonts, which it would otherwise do on every render.
 */
export async function renderCardPng(tree: CardNode, fonts: CardFont[]): Promise<Buffer> {
  const svg = await satori(tree as Parameters<typeof satori>[0], { ...CARD_SIZE, fonts });
  const resvg = new Resvg(svg, { fitTo: { mode: 'width', value: CARD_SIZE.width }, font: { loadSystemFonts: false } });
  return resvg.render().asPng();
}
