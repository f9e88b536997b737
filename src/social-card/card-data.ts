import { graphemes } from './text.ts';

/** Which template draws a card. */
export type CardTemplate = 'home' | 'post' | 'case-study' | 'page';

/** What a social card shows, chosen and formatted from the page's content. */
export interface CardData {
  /** Which template draws it. */
  template: CardTemplate;
  /** Small line above the title: the kind of page, the organisation or the site name. */
  eyebrow: string;
  /** The big text: a title or a name. */
  title: string;
  /** A line under the title: description, headline or summary. */
  subtitle?: string;
  /** Tags shown as chips (post cards). */
  tags?: readonly string[];
  /**
   * The headline metric a case-study card leads with: "+240%" and "followers in 90 days", and the
   * before → after under it; or, with an empty label, the author's own words for it ("4 h → 14 min
   * median first reply").
   */
  metric?: CardMetric;
  /** Bottom line: usually the author's name and the site's host. */
  footer: string;
  /** Language of the text, for line breaking and font choice. */
  language: string;
}

/** A case study's headline metric on its card: the figure, what it measures, and "8,400 → 28,560" or the change ("−39 points"). */
export interface CardMetric {
  figure: string;
  label: string;
  from?: string;
  to?: string;
  change?: string;
}

/** Theme colours of the card: the accent comes from the site settings. */
export interface CardTheme {
  accent: string;
  background: string;
  text: string;
  muted: string;
}

/** The card theme for a site accent colour (site.yaml `colors.accent`). */
export function cardTheme(accent: string): CardTheme {
  return { accent, background: '#fbfaf8', text: '#1b1d21', muted: '#575d66' };
}

/** Card text is clamped so that the layout never overflows, whatever the content. */
export const CARD_LIMITS = {
  title: 110,
  subtitle: 160,
  tags: 4,
  tag: 28,
  eyebrow: 60,
  footer: 80,
  metricLabel: 70,
  metricFigure: 24,
  metricWords: 80,
} as const;

/** Shortens text to at most `limit` characters (whole graphemes), ending with "…". */
export function clampText(text: string, limit: number, language: string): string {
  if (text.length <= limit) return text.trim();
  const parts = graphemes(text.trim(), language);
  if (parts.length <= limit) return text.trim();
  return `${parts
    .slice(0, limit - 1)
    .join('')
    .trimEnd()}…`;
}

/** Applies the limits to every field of a card. */
export function clampCard(card: CardData): CardData {
  const clamp = (text: string, limit: number) => clampText(text, limit, card.language);
  return {
    ...card,
    eyebrow: clamp(card.eyebrow, CARD_LIMITS.eyebrow),
    title: clamp(card.title, CARD_LIMITS.title),
    subtitle: card.subtitle ? clamp(card.subtitle, CARD_LIMITS.subtitle) : undefined,
    tags: card.tags?.slice(0, CARD_LIMITS.tags).map((tag) => clamp(tag, CARD_LIMITS.tag)),
    metric: card.metric && {
      figure: clamp(card.metric.figure, card.metric.label ? CARD_LIMITS.metricFigure : CARD_LIMITS.metricWords),
      label: clamp(card.metric.label, CARD_LIMITS.metricLabel),
      ...Object.fromEntries(
        (['from', 'to', 'change'] as const).flatMap((part) =>
          card.metric?.[part] ? [[part, clamp(card.metric[part], CARD_LIMITS.metricFigure)]] : [],
        ),
      ),
    },
    footer: clamp(card.footer, CARD_LIMITS.footer),
  };
}

/** Every piece of text a card shows, for choosing fonts and emoji images. */
export function cardText(card: CardData): string {
  return [
    card.eyebrow,
    card.title,
    card.subtitle,
    ...(card.tags ?? []).map((tag) => `#${tag}`),
    card.metric?.figure,
    card.metric?.label,
    card.metric?.from && `${card.metric.from} → ← ${card.metric.to ?? ''}`,
    card.metric?.change,
    card.footer,
  ]
    .filter(Boolean)
    .join('\n');
}

/** What the card builders need from the site and its owner. */
export interface CardContext {
  siteTitle: string;
  ownerName: string;
  host: string;
  language: string;
}

const footerOf = (context: CardContext) => `${context.ownerName} · ${context.host}`;

/** The home card: name, headline (the profile photo is passed beside the data). */
export function homeCard(context: CardContext, headline: string): CardData {
  return {
    template: 'home',
    eyebrow: context.siteTitle,
    title: context.ownerName,
    subtitle: headline,
    footer: context.host,
    language: context.language,
  };
}

/** A card for a list or plain page: its heading and intro. */
export function pageCard(context: CardContext, heading: string, intro?: string): CardData {
  return {
    template: 'page',
    eyebrow: context.siteTitle,
    title: heading,
    subtitle: intro,
    footer: footerOf(context),
    language: context.language,
  };
}

/** A post card: title and tags. */
export function postCard(context: CardContext, post: { title: string; tags: readonly string[]; language: string }): CardData {
  return {
    template: 'post',
    eyebrow: context.siteTitle,
    title: post.title,
    tags: post.tags,
    footer: footerOf(context),
    language: post.language,
  };
}

/** A case-study card leads with its headline metric ("+240%", "followers in 90 days"), then its title. */
export function caseStudyCard(
  context: CardContext,
  caseStudy: { title: string; organisation: string; summary: string; language: string },
  metric: CardMetric | undefined,
): CardData {
  return {
    template: 'case-study',
    eyebrow: caseStudy.organisation,
    title: caseStudy.title,
    subtitle: metric ? undefined : caseStudy.summary,
    metric,
    footer: footerOf(context),
    language: caseStudy.language,
  };
}

/** A card about the person, drawn like the home card (name, a line about them, photo), under its own small heading. */
export function personCard(context: CardContext, heading: string, line: string): CardData {
  return { template: 'home', eyebrow: heading, title: context.ownerName, subtitle: line, footer: context.host, language: context.language };
}

/** An application card: the person's card, addressed to the company and role. */
export function applicationCard(context: CardContext, addressedTo: string, headline: string): CardData {
  return personCard(context, addressedTo, headline);
}
