/**
 * Reads the portfolio as a hiring manager would and returns advice (not errors): the gaps that
 * community-management guides say cost interviews. `npm run check` prints it.
 */
import { isoDate } from './dates.ts';
import { MAX_CHART_POINTS, type ChartBucket } from './charts/aggregate.ts';

/** A chart whose CSV file has more rows than it can show: it is drawn as averages by `bucket`. */
export interface ChartSize {
  /** The case study's Markdown file. */
  file: string;
  /** The chart's field, e.g. `charts[0]`. */
  field: string;
  /** The CSV file as the chart names it, e.g. `./posts.csv`. */
  csvFile: string;
  rows: number;
  bucket: ChartBucket;
}
import { SAMPLE_PORTFOLIO } from './sample-portfolio.ts';
import { TEMPLATE_TEXT } from './scaffold.ts';
import { sectionLanguage, untranslatedEntries } from './content-translations.ts';

/** One piece of advice, about a file or about the portfolio as a whole. */
export interface Advice {
  file?: string;
  message: string;
}

/** What the review reads: parsed frontmatter (and the body of case studies). */
export interface ReviewInput {
  today: Date;
  posts: { file: string; data: Record<string, unknown>; body?: string }[];
  caseStudies: { file: string; data: Record<string, unknown>; body: string }[];
  /** The main profile; `photoSha256` is the SHA-256 of its photo file, when it has one. */
  profile?: { file: string; data: Record<string, unknown>; body?: string; photoSha256?: string };
  /** Profiles in other languages (profile.<code>.md), read for text their cards show. */
  translatedProfiles?: { file: string; data: Record<string, unknown>; body?: string }[];
  /** Application pages (content/applications/), read for the company and role their cards show. */
  applications?: { file: string; data: Record<string, unknown>; body?: string }[];
  /** site.yaml, read for the title its cards show and its address. */
  site?: { file: string; data: Record<string, unknown> };
  /** Charts with more rows than they can show (content-folder/chart-sizes.ts). */
  chartSizes?: ChartSize[];
  /**
   * The site's languages and every published-or-draft case study and post with its slug, for advice on
   * what has no translation: the site languages, the default one, the languages site.yaml gives a title in.
   */
  translations?: {
    siteFile: string;
    siteLanguages: readonly string[];
    defaultLanguage: string;
    titledLanguages: readonly string[];
    /** Entries by the folder their slugs are listed under ("case-studies", "blog"): slugs are unique per collection. */
    entries: Record<string, { file: string; id: string; data: Record<string, unknown> }[]>;
  };
  /** The characters of a text that social cards cannot draw (src/social-card/fonts.ts), and the scripts they can. */
  cardFonts?: { charactersWithout: (text: string) => string[]; scripts: string };
}

/** A blog is "current" when its newest post is at most this many days old. */
export const CURRENT_BLOG_DAYS = 90;

const DAY = 24 * 60 * 60 * 1000;
const list = (value: unknown): Record<string, unknown>[] => (Array.isArray(value) ? (value as Record<string, unknown>[]) : []);
const published = (entry: { data: Record<string, unknown> }) => entry.data.draft !== true;

/** Alt text that says nothing: too short, a file name, or a generic word. */
export function isWeakAltText(alt: unknown): boolean {
  if (typeof alt !== 'string') return true;
  const text = alt.trim();
  return (
    text.length < 12 || /\.(png|jpe?g|webp|gif|avif)$/i.test(text) || /^(image|photo|picture|screenshot|img|graphic)( \d+)?$/i.test(text)
  );
}

function blogAdvice({ today, posts }: ReviewInput): Advice[] {
  const dates = posts
    .filter(published)
    .map((post) => new Date(String(post.data.publishedAt)))
    .filter((date) => !Number.isNaN(date.getTime()));
  if (dates.length === 0)
    return [
      {
        message:
          'There are no blog posts yet. A current, specialised blog is the best cover letter: write about something you did and what you learnt (npm run new -- post "Title").',
      },
    ];
  const newest = new Date(Math.max(...dates.map((date) => date.getTime())));
  const age = Math.floor((today.getTime() - newest.getTime()) / DAY);
  return age > CURRENT_BLOG_DAYS
    ? [
        {
          message: `Your newest post is ${age} days old (${isoDate(newest)}). A current blog is the best cover letter: publish something new.`,
        },
      ]
    : [];
}

function caseStudyAdvice(caseStudy: ReviewInput['caseStudies'][number]): Advice[] {
  const advice: Advice[] = [];
  const metrics = list(caseStudy.data.metrics);
  if (metrics.length === 0)
    advice.push({
      file: caseStudy.file,
      message: 'has no metric. Hiring managers look for measured results: add reach, engagement, growth or response time under metrics.',
    });
  if (!/^#{2,3}\s*(results?|impact|outcomes?|नतीजे|परिणाम|પરિણામ|ফলাফল|resulta|tulemused|النتائج)(?![\p{L}\p{M}])/imu.test(caseStudy.body)) {
    advice.push({ file: caseStudy.file, message: 'has no "## Results" section. Say what changed, and what the numbers mean.' });
  }
  metrics.forEach((metric, index) => {
    const missing = ['source', 'period'].filter((field) => !metric[field]);
    if (missing.length > 0)
      advice.push({
        file: caseStudy.file,
        message: `metrics[${index}] (${String(metric.label)}) has no ${missing.join(' or ')}. Unexplained numbers are distrusted: say where the number comes from and over what time.`,
      });
  });
  list(caseStudy.data.screenshots).forEach((screenshot, index) => {
    if (isWeakAltText(screenshot.alt))
      advice.push({
        file: caseStudy.file,
        message: `screenshots[${index}] has alt text that says little ("${String(screenshot.alt ?? '')}"). Describe what it shows and the number it proves.`,
      });
  });
  return advice;
}

function profileAdvice(profile: ReviewInput['profile']): Advice[] {
  if (!profile) return [];
  const advice: Advice[] = [];
  if (list(profile.data.credentials).length === 0)
    advice.push({ file: profile.file, message: 'lists no courses or certificates. Add the ones you have, with a link to verify them.' });
  if (list(profile.data.links).length === 0)
    advice.push({
      file: profile.file,
      message: 'has no links. Recruiters will look for you on LinkedIn and X: add your profiles under links.',
    });
  const photo = profile.data.photo as Record<string, unknown> | undefined;
  if (photo && isWeakAltText(photo.alt))
    advice.push({ file: profile.file, message: 'photo.alt says little. Describe the photo, e.g. "Asha smiling at a community meetup".' });
  return advice;
}

/**
 * Text a social card shows but cannot draw: a card with gaps is worse than none. The site title
 * and the owner's name are on nearly every card; a post's or case study's own text only on its
 * card, which its own image (socialImage) replaces. Tags are drawn on their tag page's card too.
 */
function cardTextAdvice({
  site,
  posts,
  caseStudies,
  profile,
  translatedProfiles = [],
  applications = [],
  cardFonts,
}: ReviewInput): Advice[] {
  if (!cardFonts) return [];
  type Entry = { file: string; data: Record<string, unknown> };
  const fields = (entry: Entry, names: string[], remedy: string) =>
    names.flatMap((name) => {
      const value = entry.data[name];
      const texts = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];
      const missing = [...new Set(texts.flatMap(cardFonts.charactersWithout))];
      if (missing.length === 0) return [];
      const shown = missing.slice(0, 8).join(' ') + (missing.length > 8 ? ' …' : '');
      return [
        {
          file: entry.file,
          message: `${name} has characters the social cards have no font for (${shown}): link previews would show gaps there. Cards draw ${cardFonts.scripts}; ${remedy}.`,
        },
      ];
    });
  const everyCard = 'it is on every card, so write it in one of those scripts (a transliteration, say)';
  const ownCard = 'name an image of your own for this page with socialImage, or write it in one of those scripts';
  const tagCard = 'its tag page has a card too, so write the tag in one of those scripts';
  const applicationCard = "it is on this application's card, so write it in one of those scripts (a transliteration, say)";
  return [
    ...(site ? fields(site, ['title'], everyCard) : []),
    ...[profile, ...translatedProfiles].flatMap((entry) => (entry ? fields(entry, ['name', 'headline'], everyCard) : [])),
    ...posts
      .filter(published)
      .flatMap((post) => [...(post.data.socialImage ? [] : fields(post, ['title'], ownCard)), ...fields(post, ['tags'], tagCard)]),
    ...caseStudies
      .filter((entry) => published(entry) && !entry.data.socialImage)
      .flatMap((caseStudy) => fields(caseStudy, ['title', 'organisation', 'summary'], ownCard)),
    ...applications.filter(published).flatMap((application) => fields(application, ['company', 'role'], applicationCard)),
  ];
}

/** Example text `npm run new` wrote that a published entry still holds: it would go out as it is. */
function templateTextAdvice({ posts, caseStudies, profile, translatedProfiles = [], applications = [] }: ReviewInput): Advice[] {
  const fieldTexts: Record<string, readonly string[]> = {
    description: [TEMPLATE_TEXT.fields.description],
    summary: [TEMPLATE_TEXT.fields.summary],
    organisation: [TEMPLATE_TEXT.fields.organisation],
    headline: [TEMPLATE_TEXT.fields.headline, TEMPLATE_TEXT.fields.translatedHeadline],
  };
  const bodyTexts = Object.values(TEMPLATE_TEXT.bodies);
  const example = TEMPLATE_TEXT.metric;
  const entries: { file: string; data: Record<string, unknown>; body?: string }[] = [
    ...posts,
    ...caseStudies,
    ...(profile ? [profile] : []),
    ...translatedProfiles,
    ...applications,
  ];
  return entries.filter(published).flatMap((entry) => {
    const advice: Advice[] = [];
    for (const [field, texts] of Object.entries(fieldTexts)) {
      const value = entry.data[field];
      if (typeof value === 'string' && texts.includes(value.trim()))
        advice.push({
          file: entry.file,
          message: `${field} is still the example text npm run new wrote ("${value.trim()}"). Write your own.`,
        });
    }
    list(entry.data.metrics).forEach((metric, index) => {
      if (
        metric.label === example.label &&
        metric.before === example.before &&
        metric.after === example.after &&
        metric.source === example.source
      ) {
        advice.push({
          file: entry.file,
          message: `metrics[${index}] is still the example npm run new wrote (${example.label}, ${example.before} → ${example.after}, from "${example.source}"): it would publish invented figures. Write your own, or remove it.`,
        });
      }
    });
    const body = bodyTexts.find((text) => entry.body?.includes(text));
    if (body)
      advice.push({
        file: entry.file,
        message: `the text below the second --- line is still the example text npm run new wrote ("${body}"). Write your own.`,
      });
    return advice;
  });
}

const BUCKET_WORDS: Record<ChartBucket, string> = { day: 'daily', week: 'weekly', month: 'monthly', year: 'yearly' };

/** Charts drawn as averages because their file has more rows than a chart can show. */
function chartSizeAdvice({ chartSizes = [] }: ReviewInput): Advice[] {
  return chartSizes.map(({ file, field, csvFile, rows, bucket }) => ({
    file,
    message: `${field} (${csvFile}) has ${rows.toLocaleString('en')} rows, more than a chart can show one by one (at most ${MAX_CHART_POINTS} points): it is drawn as ${BUCKET_WORDS[bucket]} averages, and its table lists those. To choose what readers see, chart a shorter period or a file with one row per ${bucket === 'day' ? 'day' : bucket === 'week' ? 'week' : 'month'}.`,
  }));
}

/** What is still the sample portfolio: its address, its owner's name and photo, its case studies, posts, translated profiles and application pages. */
export function sampleAdvice({
  site,
  profile,
  caseStudies,
  posts = [],
  translatedProfiles = [],
  applications = [],
}: Pick<ReviewInput, 'site' | 'profile' | 'caseStudies' | 'translatedProfiles' | 'applications'> & {
  posts?: ReviewInput['posts'];
}): Advice[] {
  const advice: Advice[] = [];
  const url = typeof site?.data.url === 'string' ? URL.parse(site.data.url) : null;
  if (site && url?.hostname === SAMPLE_PORTFOLIO.siteHost) {
    advice.push({
      file: site.file,
      message: `url is still the sample's address (${site.data.url}). Write your site's address, e.g. https://your-name.github.io: feeds, link previews and search engines point there.`,
    });
  }
  if (profile?.data.name === SAMPLE_PORTFOLIO.name) {
    advice.push({
      file: profile.file,
      message: `name is still the sample's (${SAMPLE_PORTFOLIO.name}, who is invented). Write your own name and headline, and your bio below the second --- line.`,
    });
  }
  if (profile?.photoSha256 === SAMPLE_PORTFOLIO.photoSha256) {
    advice.push({
      file: profile.file,
      message:
        "photo is still the sample's avatar. Put a photo of yourself in the content folder and write its path and alt text under photo:, or remove photo:.",
    });
  }
  for (const caseStudy of caseStudies) {
    const organisation = SAMPLE_PORTFOLIO.organisations.find((name) => name === caseStudy.data.organisation);
    if (organisation) {
      advice.push({
        file: caseStudy.file,
        message: `is one of the sample's invented case studies (${organisation}). Replace it with your own work (npm run new -- case-study "Title"), then delete its folder.`,
      });
    }
  }
  const isOneOf = (markers: readonly string[], value: unknown) => typeof value === 'string' && markers.includes(value);
  for (const post of posts) {
    if (isOneOf(SAMPLE_PORTFOLIO.postTitles, post.data.title)) {
      advice.push({
        file: post.file,
        message: `is one of the sample's posts, written by ${SAMPLE_PORTFOLIO.name}. Delete it, and write your own with npm run new -- post "Title".`,
      });
    }
  }
  for (const translated of translatedProfiles) {
    if (isOneOf(SAMPLE_PORTFOLIO.translatedNames, translated.data.name)) {
      advice.push({
        file: translated.file,
        message: `is the sample's profile in another language (${String(translated.data.name)}). Delete it, or write your own profile in that language in it.`,
      });
    }
  }
  for (const application of applications) {
    if (isOneOf(SAMPLE_PORTFOLIO.companies, application.data.company)) {
      advice.push({
        file: application.file,
        message: `is the sample's application page (${String(application.data.company)}). Delete it, and make one per application with npm run new -- application "Company".`,
      });
    }
  }
  return advice;
}

/**
 * Per site language: the default language's entries it has no translation of (its pages list them in
 * the default language, marked), and whether site.yaml gives the site's title in it.
 */
function translationAdvice({ translations }: ReviewInput): Advice[] {
  if (!translations) return [];
  const { siteFile, siteLanguages, defaultLanguage, titledLanguages } = translations;
  type Entry = { id: string; data: { language?: unknown; translationOf?: string } };
  const sectionOf = (entry: Entry) =>
    sectionLanguage(typeof entry.data.language === 'string' ? entry.data.language : defaultLanguage, siteLanguages, defaultLanguage);
  const collections = Object.entries(translations.entries).map(([folder, entries]) => ({
    folder,
    entries: entries.filter(published).map((entry) => ({
      id: entry.id,
      data: {
        language: entry.data.language,
        translationOf: typeof entry.data.translationOf === 'string' ? entry.data.translationOf : undefined,
      },
    })),
  }));
  return siteLanguages
    .filter((language) => language !== defaultLanguage)
    .flatMap((language) => {
      const untranslated = collections.flatMap(({ folder, entries }) =>
        untranslatedEntries(entries, language, sectionOf, defaultLanguage).map((entry) => `${folder}/${entry.id}`),
      );
      const advice: Advice[] = [];
      if (untranslated.length > 0) {
        const named = untranslated.sort();
        advice.push({
          message: `${untranslated.length} ${untranslated.length === 1 ? 'entry has' : 'entries have'} no "${language}" translation, so the ${language} pages list ${untranslated.length === 1 ? 'it' : 'them'} in "${defaultLanguage}", marked with ${untranslated.length === 1 ? 'its' : 'their'} language: ${named.join(', ')}. To translate one, copy its file, translate it, and add language: ${language} and translationOf: <its slug>.`,
        });
      }
      if (!titledLanguages.includes(language)) {
        advice.push({
          file: siteFile,
          message: `has no site title in "${language}", so the ${language} pages show the main one. Add translations: { ${language}: { title: "...", description: "..." } }.`,
        });
      }
      return advice;
    });
}

/** Every piece of advice for the portfolio, as a hiring manager would read it. */
export function reviewPortfolio(input: ReviewInput): Advice[] {
  return [
    ...templateTextAdvice(input),
    ...blogAdvice(input),
    ...input.caseStudies.filter(published).flatMap(caseStudyAdvice),
    ...chartSizeAdvice(input),
    ...profileAdvice(input.profile),
    ...cardTextAdvice(input),
    ...translationAdvice(input),
  ];
}
