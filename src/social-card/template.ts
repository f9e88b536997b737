import type { CardData, CardTheme } from './card-data.ts';
import { textDirection, withLineBreakOpportunities } from './text.ts';

/** The plain-object element tree satori renders (the shape JSX would produce). */
export interface CardNode {
  type: string;
  props: {
    style?: Record<string, string | number>;
    src?: string;
    width?: number;
    height?: number;
    lang?: string;
    children?: string | CardNode | (string | CardNode)[];
  };
}

/** Card size in pixels, as OpenGraph and X expect. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** What a template needs besides the card's data. */
export interface CardLook {
  theme: CardTheme;
  /** CSS font-family list naming the card's fonts. */
  fontFamily: string;
  /** The profile photo as a data URL (home card). */
  photo?: string;
}

type Style = Record<string, string | number>;
type Children = CardNode['props']['children'];
const node = (type: string, style: Style, children?: Children): CardNode => ({ type, props: { style, children } });
const column = (style: Style, children: Children) => node('div', { display: 'flex', flexDirection: 'column', ...style }, children);

/** A block of text that wraps, is clamped to `lines` with an ellipsis, and runs in its own direction. */
export function textBlock(content: string, language: string, style: Style, lines: number): CardNode {
  const direction = textDirection(content);
  return {
    type: 'div',
    props: {
      lang: language,
      style: { display: 'block', lineClamp: lines, direction, textAlign: direction === 'rtl' ? 'right' : 'left', ...style },
      children: withLineBreakOpportunities(content, language),
    },
  };
}

/** Title size by length, so short titles are big and long ones still fit in three lines. */
function titleSize(title: string, sizes: readonly [number, number, number]): number {
  const length = [...title].length;
  return length > 70 ? sizes[2] : length > 36 ? sizes[1] : sizes[0];
}

const eyebrow = (card: CardData, theme: CardTheme) =>
  textBlock(card.eyebrow, card.language, { fontSize: 28, fontWeight: 700, color: theme.accent, letterSpacing: 1 }, 1);
const footer = (card: CardData, theme: CardTheme) =>
  textBlock(card.footer, card.language, { fontSize: 28, color: theme.muted, borderTop: `2px solid ${theme.muted}`, paddingTop: 20 }, 1);

function tagChips(card: CardData, theme: CardTheme): CardNode {
  const chip = (tag: string) =>
    node(
      'div',
      { display: 'flex', fontSize: 26, padding: '6px 18px', borderRadius: 999, border: `2px solid ${theme.accent}`, color: theme.accent },
      withLineBreakOpportunities(`#${tag}`, card.language),
    );
  return node('div', { display: 'flex', flexWrap: 'wrap', gap: 12, maxHeight: 112, overflow: 'hidden' }, (card.tags ?? []).map(chip));
}

/** The frame every card shares: background, accent bar, content on top and footer at the bottom. */
function frame(card: CardData, look: CardLook, content: CardNode[], aside?: CardNode): CardNode {
  const { theme } = look;
  return node(
    'div',
    { width: '100%', height: '100%', display: 'flex', backgroundColor: theme.background, color: theme.text, fontFamily: look.fontFamily },
    [
      node('div', { width: 24, height: '100%', backgroundColor: theme.accent }),
      column({ justifyContent: 'space-between', padding: '60px 72px 52px', flex: 1, minWidth: 0 }, [
        node('div', { display: 'flex', gap: 48, alignItems: 'center' }, [
          column({ gap: 22, flex: 1, minWidth: 0 }, [eyebrow(card, theme), ...content]),
          ...(aside ? [aside] : []),
        ]),
        footer(card, theme),
      ]),
    ],
  );
}

/** A post card: title and tags. */
function postTemplate(card: CardData, look: CardLook): CardNode {
  const lines = card.tags?.length ? 3 : 4;
  return frame(card, look, [
    textBlock(card.title, card.language, { fontSize: titleSize(card.title, [76, 62, 52]), fontWeight: 700, lineHeight: 1.25 }, lines),
    ...(card.tags?.length ? [tagChips(card, look.theme)] : []),
  ]);
}

/**
 * The before → after motif, as on the site: both figures in ink, the accent only on the arrow and on
 * the change; the arrow points the way the label reads.
 */
function beforeAfter(card: CardData, theme: CardTheme, fontSize: number): CardNode | undefined {
  const metric = card.metric;
  if (!metric?.change && !(metric?.from && metric.to)) return undefined;
  const rtl = textDirection(metric.label) === 'rtl';
  const part = (text: string, color: string, weight = 400) =>
    node('div', { display: 'flex', color, fontWeight: weight }, withLineBreakOpportunities(text, card.language));
  const parts =
    metric.from && metric.to
      ? [part(metric.from, theme.muted), part(rtl ? '←' : '→', theme.accent, 700), part(metric.to, theme.muted)]
      : [part(metric.change!, theme.accent, 700)];
  return node(
    'div',
    { display: 'flex', flexDirection: rtl ? 'row-reverse' : 'row', justifyContent: 'flex-start', gap: 16, fontSize, lineHeight: 1.3 },
    parts,
  );
}

/**
 * A case-study card: the headline metric large and in ink, what it measures, before → after, then
 * the title; or the author's own words for the result (an empty label), which say the change themselves.
 */
function caseStudyTemplate(card: CardData, look: CardLook): CardNode {
  if (!card.metric) return pageTemplate(card, look);
  const motif = beforeAfter(card, look.theme, 36);
  const result = card.metric.label
    ? [
        textBlock(card.metric.figure, card.language, { fontSize: 112, fontWeight: 700, color: look.theme.text, lineHeight: 1.15 }, 1),
        textBlock(card.metric.label, card.language, { fontSize: 40, fontWeight: 700, lineHeight: 1.3 }, 2),
        ...(motif ? [motif] : []),
      ]
    : [
        textBlock(
          card.metric.figure,
          card.language,
          { fontSize: titleSize(card.metric.figure, [88, 72, 60]), fontWeight: 700, color: look.theme.text, lineHeight: 1.2 },
          2,
        ),
      ];
  return frame(card, look, [
    column({ gap: 4 }, result),
    textBlock(card.title, card.language, { fontSize: 34, color: look.theme.muted, lineHeight: 1.35 }, 2),
  ]);
}

/** The home card: name and headline beside the profile photo. */
function homeTemplate(card: CardData, look: CardLook): CardNode {
  const photo = look.photo
    ? {
        type: 'img',
        props: {
          src: look.photo,
          width: 320,
          height: 320,
          style: { width: 320, height: 320, borderRadius: 999, border: `8px solid ${look.theme.accent}`, objectFit: 'cover' },
        },
      }
    : undefined;
  return frame(
    card,
    look,
    [
      textBlock(card.title, card.language, { fontSize: titleSize(card.title, [84, 68, 56]), fontWeight: 700, lineHeight: 1.2 }, 2),
      ...(card.subtitle ? [textBlock(card.subtitle, card.language, { fontSize: 38, color: look.theme.muted, lineHeight: 1.35 }, 3)] : []),
    ],
    photo,
  );
}

/** A list or plain page: heading and intro. */
function pageTemplate(card: CardData, look: CardLook): CardNode {
  return frame(card, look, [
    textBlock(card.title, card.language, { fontSize: titleSize(card.title, [76, 62, 52]), fontWeight: 700, lineHeight: 1.25 }, 3),
    ...(card.subtitle ? [textBlock(card.subtitle, card.language, { fontSize: 34, color: look.theme.muted, lineHeight: 1.4 }, 2)] : []),
  ]);
}

const TEMPLATES = { post: postTemplate, 'case-study': caseStudyTemplate, home: homeTemplate, page: pageTemplate } as const;

/** The satori tree of a card, drawn by the template of its kind. */
export function cardTemplate(card: CardData, look: CardLook): CardNode {
  return TEMPLATES[card.template](card, look);
}
