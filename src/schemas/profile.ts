import { z } from 'astro/zod';
import { quoteValue } from './messages.ts';
import { LanguageSchema, PartialDateSchema, UrlSchema, imageWithAlt, requiredText, textList, type ImageFieldFactory } from './shared.ts';
import { choice } from './choice.ts';

/** Platforms a profile link may name; `website` is any other site. */
export const LINK_PLATFORMS = [
  'linkedin',
  'x',
  'instagram',
  'facebook',
  'tiktok',
  'youtube',
  'mastodon',
  'bluesky',
  'threads',
  'discord',
  'github',
  'website',
] as const;

/** Roles a person can have at an event. */
export const EVENT_ROLES = ['speaker', 'organiser', 'host', 'moderator', 'panellist', 'workshop-lead', 'volunteer', 'attendee'] as const;

/** Kinds of credential. */
export const CREDENTIAL_KINDS = ['course', 'certificate', 'degree', 'diploma', 'award'] as const;

/** One of `values`, in any case; anything else is named, with the list to choose from. */
const listed = <const Values extends readonly [string, ...string[]]>(values: Values, field: string) =>
  choice(values, (issue) => `Unknown ${field} ${quoteValue(issue.input)}. Use one of: ${values.join(', ')}.`);

/** A link to one of your profiles elsewhere. */
export const ProfileLinkSchema = z.strictObject({
  platform: listed(LINK_PLATFORMS, 'platform').describe('Which platform: one of LINK_PLATFORMS.'),
  url: UrlSchema.describe('Full address of your profile.'),
  label: z.string().optional().describe('Text shown instead of the platform name, e.g. "@asha". Optional.'),
});

/** Your pages the links page can list, in the order you name them. */
export const LINK_PAGE_PAGES = ['portfolio', 'caseStudies', 'latestPost', 'cv', 'contact'] as const;

const utmTag = (tag: string) =>
  z
    .string({ error: `Write utm.${tag} as text, e.g. ${tag}: instagram.` })
    .trim()
    .min(1, { error: `is empty: write a value or remove utm.${tag}.` })
    .max(100)
    .optional();

/** UTM tags added to links, so analytics can tell where visitors came from: `{ source: instagram, medium: bio }`. */
const UtmSchema = z.strictObject(
  {
    source: utmTag('source').describe('Where the visitor comes from, e.g. instagram (utm_source).'),
    medium: utmTag('medium').describe('How, e.g. bio or social (utm_medium).'),
    campaign: utmTag('campaign').describe('Which campaign, e.g. job-search-2027 (utm_campaign).'),
    term: utmTag('term').describe('A keyword (utm_term). Rarely needed.'),
    content: utmTag('content').describe('Which link or version (utm_content).'),
  },
  { error: 'Write utm as its tags, e.g. utm: { source: instagram, medium: bio }.' },
);

/** The links page (/links/): the page to put in an Instagram or TikTok bio. */
const LinkPageSchema = z.strictObject({
  pages: z
    .array(listed(LINK_PAGE_PAGES, 'page'), { error: `Write pages as a list, e.g. [${LINK_PAGE_PAGES.join(', ')}].` })
    .default([...LINK_PAGE_PAGES])
    .describe(
      'Your pages it lists as big buttons, in this order: portfolio (home), caseStudies (your featured ones), latestPost, cv, contact (the contact form, else your email). Default: all five.',
    ),
  links: z
    .array(
      z.strictObject({
        label: requiredText('the button text (label: "...")').describe('The button\'s text, e.g. "Community Chai — monthly AMA".'),
        url: UrlSchema.describe('Where it goes.'),
        utm: UtmSchema.optional().describe("UTM tags for this link, replacing the page's utm tag by tag. Optional."),
      }),
      { error: 'Write links as a list of "- label: ..." items, each with url.' },
    )
    .default([])
    .describe('Extra links after your pages, in order: each a label and a url, with its own utm if you like. Default: none.'),
  utm: UtmSchema.optional().describe(
    'UTM tags added to every button of the page (profiles aside), e.g. { source: instagram, medium: bio }. Optional.',
  ),
});

/** Examples of the profile's lists of items, for the messages about a list written as plain words. */
const LIST_EXAMPLES = {
  credentials: '- { kind: certificate, title: "Community Management", issuer: "CMX", date: 2024-05 }',
  experience: '- { role: "Community Manager", organisation: "Acme", start: 2023-01 }',
  events: '- { title: "Moderating at scale", event: "CMX Summit", date: 2024-06, role: speaker }',
  projects: '- { name: "Kapé Sugbo meetups", summary: "A monthly meetup for coffee lovers." }',
  testimonials: '- { quote: "Maria turned our forum around.", person: "Ana Cruz" }',
  languages: '- { name: Tagalog, level: Native }',
} as const;

/** A list of `item`s: a list or an item written another way (plain words, say) gets an example of each. */
const itemList = <Shape extends z.core.$ZodLooseShape>(field: keyof typeof LIST_EXAMPLES, shape: Shape) =>
  z.array(z.strictObject(shape, { error: `Write each item of ${field} with its fields, e.g. ${LIST_EXAMPLES[field]}` }), {
    error: `Write ${field} as a list, one item per line, e.g. ${LIST_EXAMPLES[field]}`,
  });

/** A skill group, e.g. `{ group: "Analytics", items: [...] }`. */
const SkillGroupSchema = z.strictObject({
  group: requiredText('a group name (group: "Analytics")').describe('Name of the group.'),
  items: textList('skills').describe('Skills in the group.'),
});

/**
 * Frontmatter of `content/profile.md`; its Markdown body is your bio. A translation lives in
 * `content/profile.<code>.md` with `language: <code>`: name, headline and bio in that language;
 * any list it leaves empty is taken from the main profile.
 */
export function createProfileSchema<Image extends z.ZodType>(image: ImageFieldFactory<Image>) {
  return z.strictObject({
    language: LanguageSchema.optional().describe(
      "Language of this profile file; the main profile.md defaults to the site's default language.",
    ),
    name: requiredText('your name (name: "...")').describe('Your name as you want recruiters to see it. Required.'),
    headline: requiredText('a one-line headline (headline: "...")').describe(
      'One line saying what you do, e.g. "Community manager for creator brands". Required.',
    ),
    photo: imageWithAlt(image).optional().describe('A portrait, with alt text. Optional.'),
    location: z.string().optional().describe('City or region, or "Remote". Optional.'),
    availability: z
      .string()
      .trim()
      .min(1, { error: 'is empty: write one line such as "Open to community roles from March 2027", or remove it.' })
      .max(160, { error: 'is longer than 160 characters: keep it to one line.' })
      .optional()
      .describe(
        'Whether and for what you are looking, in one line: "Open to community roles from March 2027, remote or Cebu". Shown on the home page, the CV, the links page and application pages, and given to search engines. Optional; leave it out when you are not looking.',
      ),
    email: z
      .email({ error: 'Write a valid email address, e.g. name@example.com.' })
      .optional()
      .describe('Contact email, shown as a mailto link. Optional.'),
    links: z
      .array(ProfileLinkSchema, { error: 'Write links as a list of "- platform: linkedin" items with url.' })
      .default([])
      .describe('Your profiles on other platforms. Default: none.'),
    linkPage: LinkPageSchema.optional().describe(
      'The links page (/links/) for your bio: which of your pages it lists, extra links, UTM tags. Optional: without it the page lists all your pages.',
    ),
    skills: z
      .union([textList('skills'), z.array(SkillGroupSchema)], {
        error: 'Write skills as a list of names, or a list of "- group: ..." items each with items: [...].',
      })
      .default([])
      .describe('Skills: a plain list, or groups with items. Default: none.'),
    credentials: itemList('credentials', {
      kind: listed(CREDENTIAL_KINDS, 'credential kind').describe('course, certificate, degree, diploma or award.'),
      title: requiredText('the credential title').describe('Name of the course or qualification.'),
      issuer: requiredText('the issuer (issuer: "...")').describe('Who issued it.'),
      date: PartialDateSchema.describe('When it was awarded, YYYY-MM or YYYY-MM-DD.'),
      url: UrlSchema.optional().describe('Where anyone can verify it. Optional but recommended.'),
    })
      .default([])
      .describe('Courses, certificates, degrees. Default: none.'),
    experience: itemList('experience', {
      role: requiredText('your role').describe('Your title.'),
      organisation: requiredText('the organisation').describe('Employer or community.'),
      start: PartialDateSchema.describe('YYYY-MM.'),
      end: PartialDateSchema.optional().describe('YYYY-MM; leave out if current.'),
      location: z.string().optional().describe('City or "Remote". Optional.'),
      summary: z.string().optional().describe('What you did and achieved, one or two sentences.'),
    })
      .default([])
      .describe('Jobs and volunteering, newest first. Default: none.'),
    events: itemList('events', {
      title: requiredText('the talk or session title').describe('Title of the talk or session, or your contribution.'),
      event: requiredText('the event name').describe('Name of the event or meetup.'),
      date: PartialDateSchema.describe('YYYY-MM-DD or YYYY-MM.'),
      role: listed(EVENT_ROLES, 'event role').describe('Your role there.'),
      location: z.string().optional().describe('Where; "Online" for virtual events. Optional.'),
      url: UrlSchema.optional().describe('Recording, slides or event page. Optional.'),
    })
      .default([])
      .describe('Events and talks, online and offline. Default: none.'),
    projects: itemList('projects', {
      name: requiredText('the project name').describe('Project name.'),
      summary: requiredText('a one-sentence summary of the project').describe('What it is and what came of it.'),
      url: UrlSchema.optional().describe('Where to see it. Optional.'),
      start: PartialDateSchema.optional().describe('YYYY-MM. Optional.'),
      end: PartialDateSchema.optional().describe('YYYY-MM; leave out if ongoing.'),
    })
      .default([])
      .describe('Your own projects. Default: none.'),
    testimonials: itemList('testimonials', {
      quote: requiredText('the quote').describe('Their words.'),
      person: requiredText("the person's name").describe('Who said it.'),
      role: z.string().optional().describe('Their role and organisation.'),
      url: UrlSchema.optional().describe('Where the quote was published (e.g. a LinkedIn recommendation). Optional.'),
    })
      .default([])
      .describe('What others say about your work. Default: none.'),
    languages: itemList('languages', {
      name: requiredText('the language name').describe('Name of the language, e.g. "Hindi".'),
      level: z.string().optional().describe('Your level, e.g. "Native", "Fluent", "B2". Optional.'),
    })
      .default([])
      .describe('Languages you speak, with your level. Default: none.'),
  });
}

/** Platform keys of profile links. */
export type LinkPlatform = (typeof LINK_PLATFORMS)[number];
