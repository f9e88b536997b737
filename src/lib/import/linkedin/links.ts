/**
 * Profile links from Profile.csv: `Websites` is written `[PORTFOLIO:https://…,BLOG:https://…]`
 * (or a bare address), and `Twitter Handles` is `[asha_cm]`, `asha_cm` or `@asha_cm`.
 */
import { UrlSchema } from '../../../schemas/shared.ts';
import { platformOfNetwork, type ProfileLink } from '../../json-resume/networks.ts';

/** What one cell held: the links it made, and any part that was not a web address. */
export interface LinksRead {
  links: ProfileLink[];
  unreadable: string[];
}

const LABELS: Record<string, string> = {
  PORTFOLIO: 'Portfolio',
  BLOG: 'Blog',
  COMPANY: 'Company website',
  PERSONAL: 'Website',
  RSS: 'Feed',
  OTHER: 'Website',
};

const listItems = (cell: string) =>
  cell
    .trim()
    .replace(/^\[|\]$/g, '')
    .split(/,(?=\s*(?:[A-Z_]+:|@?\w+\s*(?:,|$)))/)
    .map((item) => item.trim())
    .filter(Boolean);

/** The links of the `Websites` cell, each on a platform Commfolio knows or as a labelled website. */
export function websiteLinks(cell: string): LinksRead {
  const links: ProfileLink[] = [];
  const unreadable: string[] = [];
  for (const item of cell
    .trim()
    .replace(/^\[|\]$/g, '')
    .split(/,(?=\s*[A-Z_]+:)/)
    .map((part) => part.trim())
    .filter(Boolean)) {
    const typed = /^([A-Z_]+):(.+)$/.exec(item);
    const [kind, address] = typed && !/^https?$/i.test(typed[1]!) ? [typed[1]!, typed[2]!.trim()] : ['', item];
    const url = /^www\./i.test(address) ? `https://${address}` : address;
    if (!UrlSchema.safeParse(url).success || url.startsWith('mailto:')) {
      unreadable.push(item);
      continue;
    }
    const platform = platformOfNetwork(undefined, url);
    if (platform && platform !== 'website') links.push({ platform, url });
    else links.push({ platform: 'website', url, ...(LABELS[kind] && { label: LABELS[kind] }) });
  }
  return { links, unreadable };
}

/** X links for the `Twitter Handles` cell. */
export function xLinks(cell: string): LinksRead {
  const links: ProfileLink[] = [];
  const unreadable: string[] = [];
  for (const item of listItems(cell)) {
    const handle = item
      .replace(/^@/, '')
      .replace(/^https?:\/\/(www\.)?(twitter|x)\.com\//i, '')
      .replace(/\/$/, '');
    if (/^\w{1,15}$/.test(handle)) links.push({ platform: 'x', url: `https://x.com/${handle}`, label: `@${handle}` });
    else unreadable.push(item);
  }
  return { links, unreadable };
}
