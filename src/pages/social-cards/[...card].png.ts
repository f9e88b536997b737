import type { APIRoute } from 'astro';
import { settings } from '../../queries.ts';
import { getSocialCards } from '../../social-cards.ts';
import { clampCard, type CardData } from '../../lib/social-card/card-data.ts';
import { CARD_FONT_FAMILY, loadCardFonts } from '../../lib/social-card/fonts.ts';
import { renderCardPng } from '../../lib/social-card/render.ts';
import { cardTemplate } from '../../lib/social-card/template.ts';
import { cardRouteParam } from '../../lib/urls.ts';

export async function getStaticPaths() {
  return (await getSocialCards()).map((card) => ({ params: { card: cardRouteParam(card.key) }, props: { data: card.data } }));
}

// Fonts are read once per build, not once per card.
const fonts = loadCardFonts();
const theme = { accent: settings.colors.accent, background: '#fbfaf8', text: '#1b1d21', muted: '#575d66' };

export const GET: APIRoute = async ({ props }) => {
  const png = await renderCardPng(cardTemplate(clampCard(props.data as CardData), theme, CARD_FONT_FAMILY), await fonts);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
