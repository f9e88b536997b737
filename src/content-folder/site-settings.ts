import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { SiteSettingsSchema, type SiteSettings } from '../schemas/site.ts';
import { normaliseBasePath } from '../lib/base-path.ts';
import { SITE_SETTINGS_FILE } from './layout.ts';
import { interfaceLanguages, languageFile } from '../lib/i18n/translate.ts';
import { describeIssues, type ContentProblem } from '../lib/content-problems.ts';

/** Result of reading `site.yaml`: the settings, or the problems that stop the build. */
export type SiteSettingsResult = { settings: SiteSettings; problems: [] } | { settings?: undefined; problems: ContentProblem[] };

/**
 * Reads and validates `site.yaml`, then applies the `SITE_URL` and `BASE_PATH` environment
 * overrides. The base path always starts and ends with "/".
 */
export function readSiteSettings(contentDir: string, environment: Record<string, string | undefined>): SiteSettingsResult {
  const file = path.join(contentDir, SITE_SETTINGS_FILE);
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    return {
      problems: [{
        file,
        field: '',
        message: missing
          ? `${SITE_SETTINGS_FILE} is missing. Create it with at least title, description and url (see the README's "Site settings").`
          : `cannot be read as YAML: ${(error as Error).message.split('\n')[0]}. Check indentation and quotes.`,
      }],
    };
  }
  const overridden = { ...(raw as object) } as Record<string, unknown>;
  if (environment.SITE_URL?.trim()) overridden.url = environment.SITE_URL.trim();
  if (environment.BASE_PATH?.trim()) overridden.basePath = environment.BASE_PATH.trim();
  const result = SiteSettingsSchema.safeParse(overridden);
  if (!result.success) return { problems: describeIssues(file, result.error.issues) };
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
        message: `"${language}" is not one of the site's languages (${languages.join(', ')}). Add it to languages, or remove this translation.`,
      })),
    };
  }
  const settings = { ...result.data, languages, basePath: normaliseBasePath(result.data.basePath) };
  return { settings, problems: [] };
}

/** Reads `site.yaml` and throws a readable error if it is wrong. */
export function loadSiteSettings(contentDir: string, environment: Record<string, string | undefined>): SiteSettings {
  const result = readSiteSettings(contentDir, environment);
  if (result.settings) return result.settings;
  throw new Error(result.problems.map((problem) => `${problem.file}: ${problem.field} ${problem.message}`).join('\n'));
}
