/** How to reach the site's owner: the main contact (the filled button) and the other profiles (a row of icons). */
import type { Translate } from '../lib/i18n/translate.ts';
import { linkName, platformName } from '../lib/platforms.ts';
import type { IconName } from '../lib/platform-icons.ts';
import type { Profile } from '../queries/collections.ts';
import { settings, urls } from '../queries/site.ts';

/** A link to one of the owner's profiles, with the text that names it. */
export interface ProfileLinkView {
  href: string;
  /** What the link is called: the platform's name, or a website's label. */
  name: string;
  /** Read after the name by screen readers, e.g. the handle "@asha". */
  detail?: string;
  icon: IconName;
}

/** The owner's contacts: the main one and every other profile. */
export interface Contact {
  primary?: { href: string; label: string; icon: IconName; isProfile: boolean };
  profiles: ProfileLinkView[];
}

/** A web address as people write it, for reading and printing: asha.github.io/portfolio (no https://, www. or final slash). */
export function shownAddress(url: string): string {
  return url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/+$/, '');
}

/** Whether a link points at this very site (a "Portfolio" link on the portfolio itself). */
export function isOwnSite(url: string): boolean {
  return shownAddress(url) === shownAddress(urls.absolute(settings.basePath));
}

/** The owner's email as the main contact, else the first profile link; links to this site are left out. */
export function contactOf(profile: Profile['data'], t: Translate): Contact {
  const profiles = profile.links
    .filter((link) => !isOwnSite(link.url))
    .map((link): ProfileLinkView => ({
      href: link.url,
      name: linkName(link),
      detail: link.label && link.platform !== 'website' && link.label !== platformName(link.platform) ? link.label : undefined,
      icon: link.platform,
    }));
  if (profile.email)
    return { primary: { href: `mailto:${profile.email}`, label: t('profile.links.email'), icon: 'email', isProfile: false }, profiles };
  const [first, ...others] = profiles;
  if (!first) return { profiles };
  return {
    primary: { href: first.href, label: t('profile.actions.contactOn', { platform: first.name }), icon: first.icon, isProfile: true },
    profiles: others,
  };
}
