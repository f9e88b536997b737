/** What a social card shows, chosen and formatted from the page's content. */
export interface CardData {
  /** Small line above the title: the kind of page or the site name. */
  eyebrow: string;
  /** The big text: a title, a metric headline or a name. */
  title: string;
  /** A line under the title: description, headline or organisation. */
  subtitle?: string;
  /** Tags shown as chips (post cards). */
  tags?: readonly string[];
  /** Bottom line: usually the author's name and the site's host. */
  footer: string;
  /** Language of the text, for line breaking and font choice. */
  language: string;
}

/** Theme colours of the card, taken from the site settings. */
export interface CardTheme {
  accent: string;
  background: string;
  text: string;
  muted: string;
}

/** Card text is clamped so that the layout never overflows, whatever the content. */
export const CARD_LIMITS = { title: 110, subtitle: 160, tags: 4, tag: 28 } as const;

/** Shortens text to at most `limit` characters (whole graphemes), ending with "…". */
export function clampText(text: string, limit: number, language: string): string {
  const graphemes = [...new Intl.Segmenter(language, { granularity: 'grapheme' }).segment(text.trim())].map((part) => part.segment);
  if (graphemes.length <= limit) return text.trim();
  return `${graphemes.slice(0, limit - 1).join('').trimEnd()}…`;
}

/** Applies the limits to every field of a card. */
export function clampCard(card: CardData): CardData {
  return {
    ...card,
    title: clampText(card.title, CARD_LIMITS.title, card.language),
    subtitle: card.subtitle ? clampText(card.subtitle, CARD_LIMITS.subtitle, card.language) : undefined,
    tags: card.tags?.slice(0, CARD_LIMITS.tags).map((tag) => clampText(tag, CARD_LIMITS.tag, card.language)),
  };
}

/** What the card builders need from the site and its owner. */
export interface CardContext {
  siteTitle: string;
  ownerName: string;
  host: string;
  language: string;
}

const footerOf = (context: CardContext) => `${context.ownerName} · ${context.host}`;

/** The home card: name, headline. */
export function homeCard(context: CardContext, headline: string): CardData {
  return { eyebrow: context.siteTitle, title: context.ownerName, subtitle: headline, footer: context.host, language: context.language };
}

/** A card for a list or plain page: its heading and intro. */
export function pageCard(context: CardContext, heading: string, intro?: string): CardData {
  return { eyebrow: context.siteTitle, title: heading, subtitle: intro, footer: footerOf(context), language: context.language };
}

/** A post card: title, description and tags. */
export function postCard(context: CardContext, post: { title: string; description: string; tags: readonly string[]; language: string }): CardData {
  return { eyebrow: context.siteTitle, title: post.title, subtitle: post.description, tags: post.tags, footer: footerOf(context), language: post.language };
}

/** A case-study card leads with its headline metric ("+240% followers in 90 days"), else its title. */
export function caseStudyCard(
  context: CardContext,
  caseStudy: { title: string; organisation: string; summary: string; language: string },
  metricHeadline: string | undefined,
): CardData {
  return {
    eyebrow: caseStudy.organisation,
    title: metricHeadline ?? caseStudy.title,
    subtitle: metricHeadline ? caseStudy.title : caseStudy.summary,
    footer: footerOf(context),
    language: caseStudy.language,
  };
}

/** An application card: the owner's name, addressed to the company and role. */
export function applicationCard(context: CardContext, addressedTo: string, headline: string): CardData {
  return { eyebrow: addressedTo, title: context.ownerName, subtitle: headline, footer: context.host, language: context.language };
}
