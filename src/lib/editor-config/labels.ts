import type { UiKey } from '../i18n/translate.ts';

/**
 * Labels of the browser editor (/admin/). Field labels come from the field names ("publishedAt" is
 * "Published at"); where the site's interface text already names the same thing, the label is
 * taken from there, so it appears in the site's language. Help texts are the schemas' descriptions.
 * Every English word the editor adds is in this file.
 */

/** Labels in the site's interface text, by field name. */
export const FIELD_LABEL_KEYS: Record<string, UiKey> = {
  role: 'caseStudy.role',
  period: 'caseStudy.period',
  platforms: 'caseStudy.platforms',
  platform: 'caseStudy.platform',
  responsibilities: 'caseStudy.responsibilities',
  skills: 'caseStudy.skills',
  screenshots: 'caseStudy.screenshots',
  source: 'caseStudy.source',
  method: 'caseStudy.method',
  metrics: 'caseStudy.results',
  charts: 'caseStudy.charts',
  comparisons: 'caseStudy.comparisons',
  before: 'chart.before',
  after: 'chart.after',
  date: 'chart.date',
  experience: 'about.experience',
  credentials: 'about.credentials',
  events: 'about.events',
  projects: 'about.projects',
  testimonials: 'about.testimonials',
  tags: 'blog.tags',
  publishedAt: 'post.published',
  updatedAt: 'post.updated',
};

/** Labels of choices in the site's interface text: the key is `prefix + value`. */
export const CHOICE_LABEL_PREFIXES: Record<string, string> = {
  responsibilities: 'responsibility.',
  role: 'eventRole.',
};

/** English labels where the field name alone says too little. */
export const ENGLISH_LABELS: Record<string, string> = {
  url: 'Web address (URL)',
  basePath: 'Base path',
  accentDark: 'Accent colour (dark theme)',
  accent: 'Accent colour',
  colors: 'Colours',
  alt: 'Alt text (what the image shows)',
  file: 'File',
  language: 'Language code',
  translationOf: 'Translation of (slug)',
  slug: 'Address (slug)',
  measures: 'Measures (raw counts)',
  redact: 'Hidden regions',
  caseStudies: 'Case studies (slugs)',
  posts: 'Posts (slugs)',
  domain: 'Custom domain',
  cvPdf: 'Print the CV to PDF when deploying',
};

/** Collection labels: the key is a site interface key or the English text. */
export const COLLECTION_LABELS = {
  settings: 'Site settings',
  settingsFile: 'Site settings (site.yaml)',
  profile: 'cv.profile',
  profileIn: 'Profile in {language}',
  caseStudies: 'nav.caseStudies',
  posts: 'nav.blog',
  applications: 'Applications',
  body: 'Text (Markdown)',
  item: 'Item',
} as const;

/** "publishedAt" → "Published at". */
export function labelFromName(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
