/** What the links page shows: the person, big buttons to their chosen pages and extra links, and their profiles. */
import { LINK_PAGE_PAGES } from '../schemas/profile.ts';
import { linkName } from '../lib/platforms.ts';
import { translator } from '../lib/i18n/translate.ts';
import { withUtm } from '../lib/utm.ts';
import { getFeaturedCaseStudies, getLatestPosts, getProfile, type Profile } from '../queries/collections.ts';
import { languageOf, pathOf, settings, urls } from '../queries/site.ts';
import { leadResultOf } from './lead-result.ts';

/** One button: where it goes, its text, a small line above it, and the language of its text when not the page's. */
export interface LinkButton {
  href: string;
  label: string;
  eyebrow?: string;
  detail?: string;
  language?: string;
}

/** The links page of a section. */
export interface LinkPage {
  profile: Profile;
  buttons: LinkButton[];
  profiles: LinkButton[];
}

/** The buttons of the links page in `language`: the profile's chosen pages, then its extra links, each with its UTM tags. */
export async function linkPageOf(language: string): Promise<LinkPage> {
  const [profile, caseStudies, [latestPost]] = await Promise.all([
    getProfile(language),
    getFeaturedCaseStudies(language),
    getLatestPosts(language),
  ]);
  const t = translator(language);
  const section = urls.section(language);
  const { linkPage, email, links } = profile.data;
  const own = (path: string) => withUtm(path, linkPage?.utm);
  const contact = settings.contactForm ? own(section.contact()) : email ? `mailto:${email}` : undefined;
  const pages: Record<(typeof LINK_PAGE_PAGES)[number], () => LinkButton[]> = {
    portfolio: () => [{ href: own(section.home()), label: t('links.portfolio') }],
    caseStudies: () =>
      caseStudies.map((caseStudy) => ({
        href: own(pathOf(caseStudy)),
        label: caseStudy.data.title,
        eyebrow: t('links.caseStudy'),
        detail: leadResultOf(caseStudy)?.text ?? caseStudy.data.organisation,
        language: languageOf(caseStudy),
      })),
    latestPost: () =>
      latestPost
        ? [
            {
              href: own(pathOf(latestPost)),
              label: latestPost.data.title,
              eyebrow: t('links.latestPost'),
              language: languageOf(latestPost),
            },
          ]
        : [],
    cv: () => [{ href: own(section.cv()), label: t('links.cv') }],
    contact: () => (contact ? [{ href: contact, label: t('links.contact') }] : []),
  };
  return {
    profile,
    buttons: [
      ...(linkPage?.pages ?? LINK_PAGE_PAGES).flatMap((page) => pages[page]()),
      ...(linkPage?.links ?? []).map((link) => ({ href: withUtm(link.url, { ...linkPage?.utm, ...link.utm }), label: link.label })),
    ],
    profiles: links.map((link) => ({
      href: link.url,
      label: linkName(link),
      detail: link.platform === 'website' ? undefined : link.label,
    })),
  };
}
