import { existsSync } from 'node:fs';
import path from 'node:path';
import { SiteSettingsSchema, type SiteSettings } from '../schemas/site.ts';
import { normaliseBasePath } from '../lib/base-path.ts';
import { unclosedQuote } from '../lib/yaml-mistakes.ts';
import { parseYamlText, YamlTextError } from '../lib/yaml-text.ts';
import { SITE_SETTINGS_FILE } from './layout.ts';
import { readTextFile } from './text-file.ts';
import { interfaceLanguages, languageFile } from '../lib/i18n/translate.ts';
import { describeIssues, knownKeysAt, type ContentProblem } from '../lib/content-problems.ts';
import { quoteValue } from '../schemas/messages.ts';

/** Result of reading `site.yaml`: the settings, or the problems that stop the build. */
export type SiteSettingsResult = { settings: SiteSettings; problems: [] } | { settings?: undefined; problems: ContentProblem[] };

/** The environment variables that override site.yaml, with the setting each replaces and the form to write. */
const OVERRIDES = {
  SITE_URL: { setting: 'url', form: 'not a full web address. Write it as https://… (e.g. SITE_URL=https://asha.github.io)' },
  BASE_PATH: { setting: 'basePath', form: 'not a path. Write it as / or /portfolio/ (no spaces, ? or #)' },
  CV_PDF: { setting: 'cvPdf', form: 'neither true nor false. Write CV_PDF=true or CV_PDF=false' },
} as const;

/** An override's text as its setting takes it: CV_PDF is true or false, the others are text. */
const overrideValue = (setting: string, value: string): unknown =>
  setting === 'cvPdf' ? (({ true: true, false: false } as Record<string, boolean>)[value] ?? value) : value;

/**
 * Reads site.yaml as text. It is read with the same YAML reader as frontmatter (lib/yaml-text.ts,
 * Astro's js-yaml): Astro never reads this file, but one reader means one set of rules (tabs,
 * quotes, dates) and the same plain-words messages for every YAML a user writes.
 */
function readSettingsFile(
  file: string,
): { raw: Record<string, unknown>; text: string; problem?: undefined } | { raw?: undefined; problem: string } {
  if (!existsSync(file))
    return {
      problem: `${SITE_SETTINGS_FILE} is missing. Create it with at least title, description and url (docs/content.md explains each).`,
    };
  const text = readTextFile(file);
  if (text.problem !== undefined) return { problem: text.problem };
  try {
    const raw = parseYamlText(text.text);
    if (raw === null || raw === undefined)
      return { problem: 'is empty. Write at least title, description and url, one per line as name: value.' };
    if (typeof raw !== 'object' || Array.isArray(raw))
      return { problem: 'is not a list of settings. Write one setting per line as name: value, e.g. title: "Asha Rao".' };
    return { raw: raw as Record<string, unknown>, text: text.text };
  } catch (error) {
    if (error instanceof YamlTextError) return { problem: error.message };
    throw error;
  }
}

/**
 * The site's address and base path from `url` and `basePath` (after the overrides). A path in the
 * address (https://asha.github.io/portfolio) is the base path: it is taken as one, unless a
 * different base path is given too, which is a problem naming both.
 */
function splitAddress(
  url: string,
  basePath: string | undefined,
  names: { url: string; basePath: string },
): { url: string; basePath: string; problem?: string } {
  const address = new URL(url);
  const pathInUrl = normaliseBasePath(decodeURIComponent(address.pathname));
  const origin = address.origin;
  if (pathInUrl === '/') return { url: origin, basePath: normaliseBasePath(basePath ?? '/') };
  if (basePath === undefined || normaliseBasePath(basePath) === pathInUrl) return { url: origin, basePath: pathInUrl };
  return {
    url: origin,
    basePath: normaliseBasePath(basePath),
    problem: `${names.url} ends in the path ${pathInUrl}, but ${names.basePath} is ${normaliseBasePath(basePath)}. Write the address without its path (${origin}) and keep the path in ${names.basePath}, or make the two the same.`,
  };
}

/**
 * Reads and validates `site.yaml`, then applies the `SITE_URL`, `BASE_PATH` and `CV_PDF` environment
 * overrides; a problem with an override names the variable. The base path always starts and ends
 * with "/", and a path at the end of the address becomes the base path (see splitAddress). A custom
 * `domain` wins over the address and the base path: the site is then served at its root.
 */
export function readSiteSettings(contentDir: string, environment: Record<string, string | undefined>): SiteSettingsResult {
  const file = path.join(contentDir, SITE_SETTINGS_FILE);
  const read = readSettingsFile(file);
  if (read.problem !== undefined) return { problems: [{ file, field: '', message: read.problem }] };
  const overridden: Record<string, unknown> = { ...read.raw };
  const overrideProblems: ContentProblem[] = [];
  for (const [variable, { setting, form }] of Object.entries(OVERRIDES)) {
    const value = environment[variable]?.trim();
    if (!value) continue;
    if (SiteSettingsSchema.shape[setting].safeParse(overrideValue(setting, value)).success)
      overridden[setting] = overrideValue(setting, value);
    else
      overrideProblems.push({
        file,
        field: variable,
        message: `the environment variable ${variable}, which replaces ${setting} from ${SITE_SETTINGS_FILE}, is ${quoteValue(value)}: ${form}, or unset ${variable}.`,
      });
  }
  const result = SiteSettingsSchema.safeParse(overridden);
  // A quote left open takes the lines below into the value: the fields there look missing or wrong.
  const openQuote = result.success ? undefined : unclosedQuote(read.text);
  if (openQuote) return { problems: [{ file, field: '', message: openQuote.message }] };
  const problems = [
    ...overrideProblems,
    ...(result.success
      ? []
      : describeIssues(
          file,
          result.error.issues.filter(
            (issue) => !overrideProblems.some((problem) => OVERRIDES[problem.field as keyof typeof OVERRIDES].setting === issue.path[0]),
          ),
          (issuePath) => knownKeysAt(SiteSettingsSchema, issuePath),
        )),
  ];
  if (!result.success || problems.length > 0) return { problems };
  const names = {
    url: environment.SITE_URL?.trim() ? 'SITE_URL' : 'url',
    basePath: environment.BASE_PATH?.trim() ? 'BASE_PATH' : 'basePath',
  };
  const address = result.data.domain
    ? { url: `https://${result.data.domain.toLowerCase()}`, basePath: '/' }
    : splitAddress(result.data.url, overridden.basePath === undefined ? undefined : result.data.basePath, names);
  if (address.problem) return { problems: [{ file, field: environment.SITE_URL?.trim() ? 'SITE_URL' : 'url', message: address.problem }] };
  const languages = [...new Set([result.data.defaultLanguage, ...(result.data.languages ?? [])])];
  const missing = languages.filter((language) => !languageFile(language));
  if (missing.length > 0) {
    return {
      problems: missing.map((language) => ({
        file,
        field: language === result.data.defaultLanguage ? 'defaultLanguage' : 'languages',
        message: `Commfolio has no interface text for "${language}" yet (it has: ${interfaceLanguages().join(', ')}). Choose one of those, or add src/translations/${language}.json, a copy of en.json translated (see docs/languages.md). Entries can still be written in any language with their language field.`,
      })),
    };
  }
  const strayTranslations = Object.keys(result.data.translations).filter((language) => !languages.includes(language));
  if (strayTranslations.length > 0) {
    return {
      problems: strayTranslations.map((language) => ({
        file,
        field: `translations.${language}`,
        message: `${quoteValue(language)} is not one of the site's languages (${languages.join(', ')}). Add it to languages, or remove this translation.`,
      })),
    };
  }
  const settings = { ...result.data, languages, url: address.url, basePath: address.basePath };
  return { settings, problems: [] };
}
