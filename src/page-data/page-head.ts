import type { CardKey } from '../lib/urls.ts';
import type { PageProps } from '../queries/routes.ts';

/** What a page says about itself in its head: title, description, link-preview card, kind and dates. */
export interface PageHead {
  /** The page, as its route describes it: language, path, alternates, feeds. */
  page: PageProps;
  title: string;
  description: string;
  card: CardKey;
  /** The card's alt text; default "title — site title". */
  cardAlt?: string;
  type?: 'website' | 'article' | 'profile';
  publishedAt?: Date;
  updatedAt?: Date;
  noindex?: boolean;
}
