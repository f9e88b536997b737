import { z } from 'astro/zod';
import { LanguageSchema, PartialDateSchema, UrlSchema, imageWithAlt, requiredText, textList, type ImageFieldFactory } from './shared.ts';

/** Platforms a profile link may name; `website` is any other site. */
export const LINK_PLATFORMS = [
  'linkedin', 'x', 'instagram', 'facebook', 'tiktok', 'youtube', 'mastodon',
  'bluesky', 'threads', 'discord', 'github', 'website',
] as const;

/** Roles a person can have at an event. */
export const EVENT_ROLES = ['speaker', 'organiser', 'host', 'moderator', 'panellist', 'workshop-lead', 'volunteer', 'attendee'] as const;

/** Kinds of credential. */
export const CREDENTIAL_KINDS = ['course', 'certificate', 'degree', 'diploma', 'award'] as const;

const choice = <const Values extends readonly [string, ...string[]]>(values: Values, field: string) =>
  z.enum(values, { error: (issue) => `Unknown ${field} ${JSON.stringify(issue.input)}. Use one of: ${values.join(', ')}.` });

/** A link to one of your profiles elsewhere. */
export const ProfileLinkSchema = z.strictObject({
  /** Which platform: one of LINK_PLATFORMS. */
  platform: choice(LINK_PLATFORMS, 'platform'),
  /** Full address of your profile. */
  url: UrlSchema,
  /** Text shown instead of the platform name, e.g. "@asha". Optional. */
  label: z.string().optional(),
});

/** Your pages the links page can list, in the order you name them. */
export const LINK_PAGE_PAGES = ['portfolio', 'caseStudies', 'latestPost', 'cv', 'contact'] as const;

const utmTag = (tag: string) => z.string({ error: `Write utm.${tag} as text, e.g. ${tag}: instagram.` }).trim().min(1, { error: `is empty: write a value or remove utm.${tag}.` }).max(100).optional();

/** UTM tags added to links, so analytics can tell where visitors came from: `{ source: instagram, medium: bio }`. */
const UtmSchema = z.strictObject({
  /** Where the visitor comes from, e.g. instagram (utm_source). */
  source: utmTag('source'),
  /** How, e.g. bio or social (utm_medium). */
  medium: utmTag('medium'),
  /** Which campaign, e.g. job-search-2027 (utm_campaign). */
  campaign: utmTag('campaign'),
  /** A keyword (utm_term). Rarely needed. */
  term: utmTag('term'),
  /** Which link or version (utm_content). */
  content: utmTag('content'),
});

/** The links page (/links/): the page to put in an Instagram or TikTok bio. */
const LinkPageSchema = z.strictObject({
  /**
   * Your pages it lists as big buttons, in this order: portfolio (home), caseStudies (your featured
   * ones), latestPost, cv, contact (the contact form, else your email). Default: all five.
   */
  pages: z.array(choice(LINK_PAGE_PAGES, 'page'), { error: `Write pages as a list, e.g. [${LINK_PAGE_PAGES.join(', ')}].` }).default([...LINK_PAGE_PAGES]),
  /** Extra links after your pages, in order: each a label and a url, with its own utm if you like. Default: none. */
  links: z
    .array(
      z.strictObject({
        /** The button's text, e.g. "Community Chai — monthly AMA". */
        label: requiredText('the button text (label: "...")'),
        /** Where it goes. */
        url: UrlSchema,
        /** UTM tags for this link, replacing the page's utm tag by tag. Optional. */
        utm: UtmSchema.optional(),
      }),
      { error: 'Write links as a list of "- label: ..." items, each with url.' },
    )
    .default([]),
  /** UTM tags added to every button of the page (profiles aside), e.g. { source: instagram, medium: bio }. Optional. */
  utm: UtmSchema.optional(),
});

/** A skill group, e.g. `{ group: "Analytics", items: [...] }`. */
const SkillGroupSchema = z.strictObject({
  /** Name of the group. */
  group: requiredText('a group name (group: "Analytics")'),
  /** Skills in the group. */
  items: textList('skills'),
});

/**
 * Frontmatter of `content/profile.md`; its Markdown body is your bio. A translation lives in
 * `content/profile.<code>.md` with `language: <code>`: name, headline and bio in that language;
 * any list it leaves empty is taken from the main profile.
 */
export function createProfileSchema<Image extends z.ZodType>(image: ImageFieldFactory<Image>) {
  return z.strictObject({
    /** Language of this profile file; the main profile.md defaults to the site's default language. */
    language: LanguageSchema.optional(),
    /** Your name as you want recruiters to see it. Required. */
    name: requiredText('your name (name: "...")'),
    /** One line saying what you do, e.g. "Community manager for creator brands". Required. */
    headline: requiredText('a one-line headline (headline: "...")'),
    /** A portrait, with alt text. Optional. */
    photo: imageWithAlt(image).optional(),
    /** City or region, or "Remote". Optional. */
    location: z.string().optional(),
    /**
     * Whether and for what you are looking, in one line: "Open to community roles from March 2027,
     * remote or Cebu". Shown on the home page, the CV, the links page and application pages, and
     * given to search engines. Optional; leave it out when you are not looking.
     */
    availability: z.string().trim().min(1, { error: 'is empty: write one line such as "Open to community roles from March 2027", or remove it.' }).max(160, { error: 'is longer than 160 characters: keep it to one line.' }).optional(),
    /** Contact email, shown as a mailto link. Optional. */
    email: z.email({ error: 'Write a valid email address, e.g. name@example.com.' }).optional(),
    /** Your profiles on other platforms. Default: none. */
    links: z.array(ProfileLinkSchema, { error: 'Write links as a list of "- platform: linkedin" items with url.' }).default([]),
    /** The links page (/links/) for your bio: which of your pages it lists, extra links, UTM tags. Optional: without it the page lists all your pages. */
    linkPage: LinkPageSchema.optional(),
    /** Skills: a plain list, or groups with items. Default: none. */
    skills: z.union([textList('skills'), z.array(SkillGroupSchema)], {
      error: 'Write skills as a list of names, or a list of "- group: ..." items each with items: [...].',
    }).default([]),
    /** Courses, certificates, degrees. Default: none. */
    credentials: z
      .array(
        z.strictObject({
          /** course, certificate, degree, diploma or award. */
          kind: choice(CREDENTIAL_KINDS, 'credential kind'),
          /** Name of the course or qualification. */
          title: requiredText('the credential title'),
          /** Who issued it. */
          issuer: requiredText('the issuer (issuer: "...")'),
          /** When it was awarded, YYYY-MM or YYYY-MM-DD. */
          date: PartialDateSchema,
          /** Where anyone can verify it. Optional but recommended. */
          url: UrlSchema.optional(),
        }),
      )
      .default([]),
    /** Jobs and volunteering, newest first. Default: none. */
    experience: z
      .array(
        z.strictObject({
          /** Your title. */
          role: requiredText('your role'),
          /** Employer or community. */
          organisation: requiredText('the organisation'),
          /** YYYY-MM. */
          start: PartialDateSchema,
          /** YYYY-MM; leave out if current. */
          end: PartialDateSchema.optional(),
          /** City or "Remote". Optional. */
          location: z.string().optional(),
          /** What you did and achieved, one or two sentences. */
          summary: z.string().optional(),
        }),
      )
      .default([]),
    /** Events and talks, online and offline. Default: none. */
    events: z
      .array(
        z.strictObject({
          /** Title of the talk or session, or your contribution. */
          title: requiredText('the talk or session title'),
          /** Name of the event or meetup. */
          event: requiredText('the event name'),
          /** YYYY-MM-DD or YYYY-MM. */
          date: PartialDateSchema,
          /** Your role there. */
          role: choice(EVENT_ROLES, 'event role'),
          /** Where; "Online" for virtual events. Optional. */
          location: z.string().optional(),
          /** Recording, slides or event page. Optional. */
          url: UrlSchema.optional(),
        }),
      )
      .default([]),
    /** Your own projects. Default: none. */
    projects: z
      .array(
        z.strictObject({
          /** Project name. */
          name: requiredText('the project name'),
          /** What it is and what came of it. */
          summary: requiredText('a one-sentence summary of the project'),
          /** Where to see it. Optional. */
          url: UrlSchema.optional(),
          /** YYYY-MM. Optional. */
          start: PartialDateSchema.optional(),
          /** YYYY-MM; leave out if ongoing. */
          end: PartialDateSchema.optional(),
        }),
      )
      .default([]),
    /** What others say about your work. Default: none. */
    testimonials: z
      .array(
        z.strictObject({
          /** Their words. */
          quote: requiredText('the quote'),
          /** Who said it. */
          person: requiredText('the person\'s name'),
          /** Their role and organisation. */
          role: z.string().optional(),
          /** Where the quote was published (e.g. a LinkedIn recommendation). Optional. */
          url: UrlSchema.optional(),
        }),
      )
      .default([]),
    /** Languages you speak, with your level. Default: none. */
    languages: z
      .array(
        z.strictObject({
          /** Name of the language, e.g. "Hindi". */
          name: requiredText('the language name'),
          /** Your level, e.g. "Native", "Fluent", "B2". Optional. */
          level: z.string().optional(),
        }),
      )
      .default([]),
  });
}

/** Platform keys of profile links. */
export type LinkPlatform = (typeof LINK_PLATFORMS)[number];
