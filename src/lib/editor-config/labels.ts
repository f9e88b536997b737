import type { UiKey } from '../i18n/translate.ts';

/**
 * Labels of the browser editor (/admin/). Field labels come from the field names ("publishedAt" is
 * "Published at"); where the site's interface text already names the same thing, the label is
 * taken from there, so it appears in the site's language. Help texts are the schemas' descriptions.
 * Every English word the editor adds is in this file.
 */

/** Labels in the site's interface text, by field name. */
export const FIELD_LABEL_KEYS: Record<string, UiKey> = {
  role: 'caseStudy.facts.role',
  period: 'caseStudy.facts.period',
  platforms: 'caseStudy.facts.platforms',
  responsibilities: 'caseStudy.facts.responsibilities',
  skills: 'caseStudy.facts.skills',
  screenshots: 'caseStudy.screenshots.heading',
  source: 'caseStudy.source',
  method: 'caseStudy.metrics.method',
  metrics: 'caseStudy.metrics.heading',
  charts: 'caseStudy.charts.heading',
  comparisons: 'caseStudy.comparisons.heading',
  before: 'caseStudy.charts.table.before',
  after: 'caseStudy.charts.table.after',
  date: 'caseStudy.charts.table.date',
  experience: 'profile.experience.heading',
  credentials: 'profile.credentials.heading',
  events: 'profile.events.heading',
  projects: 'profile.projects.heading',
  testimonials: 'profile.testimonials.heading',
  tags: 'tags.label',
  publishedAt: 'post.published',
  updatedAt: 'post.updated',
};

/** Labels of choices in the site's interface text: the key is `prefix + value`. */
export const CHOICE_LABEL_PREFIXES: Record<string, string> = {
  responsibilities: 'caseStudy.facts.responsibility.',
  role: 'profile.events.role.',
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
  profile: 'cv.profile.heading',
  profileIn: 'Profile in {language}',
  caseStudies: 'header.nav.caseStudies',
  posts: 'header.nav.blog',
  applications: 'Applications',
  body: 'Text (Markdown)',
  item: 'Item',
} as const;

/** "publishedAt" → "Published at". */
export function labelFromName(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
