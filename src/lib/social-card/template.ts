import type { CardData, CardTheme } from './card-data.ts';

/** The plain-object element tree satori renders (the shape JSX would produce). */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: string | CardNode | (string | CardNode)[] };
}

/** Card size in pixels, as OpenGraph and X expect. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

const node = (type: string, style: CardNode['props']['style'], children?: CardNode['props']['children']): CardNode => ({
  type,
  props: { style, children },
});

function tagChips(tags: readonly string[], theme: CardTheme): CardNode {
  return node(
    'div',
    { display: 'flex', flexWrap: 'wrap', gap: 12 },
    tags.map((tag) => node('div', { fontSize: 26, padding: '6px 18px', borderRadius: 999, border: `2px solid ${theme.accent}`, color: theme.accent }, `#${tag}`)),
  );
}

/** The card: eyebrow, title, subtitle and tags on the left of an accent bar, footer at the bottom. */
export function cardTemplate(card: CardData, theme: CardTheme, fontFamily: string): CardNode {
  const titleSize = card.title.length > 70 ? 54 : card.title.length > 40 ? 64 : 76;
  return node(
    'div',
    { width: '100%', height: '100%', display: 'flex', backgroundColor: theme.background, color: theme.text, fontFamily },
    [
      node('div', { width: 24, height: '100%', backgroundColor: theme.accent }),
      node('div', { display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: '64px 72px', flex: 1 }, [
        node('div', { display: 'flex', flexDirection: 'column', gap: 24 }, [
          node('div', { fontSize: 28, color: theme.accent, fontWeight: 700, textTransform: 'uppercase', letterSpacing: 2 }, card.eyebrow),
          node('div', { fontSize: titleSize, fontWeight: 700, lineHeight: 1.2, display: 'block', lineClamp: 3 }, card.title),
          ...(card.subtitle ? [node('div', { fontSize: 32, color: theme.muted, lineHeight: 1.4, display: 'block', lineClamp: 2 }, card.subtitle)] : []),
          ...(card.tags?.length ? [tagChips(card.tags, theme)] : []),
        ]),
        node('div', { fontSize: 28, color: theme.muted, borderTop: `2px solid ${theme.muted}`, paddingTop: 20 }, card.footer),
      ]),
    ],
  );
}
