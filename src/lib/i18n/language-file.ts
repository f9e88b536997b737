/**
 * Checks one interface language file (`src/translations/<code>.json`) against the schema and
 * against English: every key, each key's placeholders and plural forms. Pure: the caller reads
 * the file and passes what it parsed.
 */
import { LanguageFileSchema, PLURAL_CATEGORIES, type LanguageFileData, type Message, type UiKey } from '../../schemas/i18n.ts';
import { closestName } from '../../schemas/messages.ts';

/** One language's interface text, checked. */
export interface LanguageFile {
  /** BCP 47 code, the file's name: "hi" for hi.json. */
  code: string;
  /** The language's name in itself, for the language switcher: "हिन्दी". */
  name: string;
  /** Writing direction of the interface. */
  direction: 'ltr' | 'rtl';
  /** The interface messages; a key missing here is shown in English. */
  messages: Partial<Record<UiKey, Message>>;
}

/** Something wrong in a language file: the file, the key, and what to do. */
export interface LanguageFileProblem {
  /** The file as the project names it: `src/translations/hi.json`. */
  file: string;
  /** The key; empty for the file as a whole. */
  key: string;
  /** True when the key is simply absent, which a build survives by showing the English text. */
  missing?: boolean;
  /** What is wrong and how to fix it, said of the key: "lacks {query}, which English has…". */
  message: string;
}

const KEYS = Object.keys(LanguageFileSchema.shape) as (keyof LanguageFileData)[];
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The {placeholders} in every form of a message, sorted. */
export function placeholdersOf(message: unknown): string[] {
  const forms = typeof message === 'string' ? [message] : isRecord(message) ? Object.values(message) : [];
  return [...new Set(forms.filter((form) => typeof form === 'string').flatMap((form) => form.match(/\{\w+\}/g) ?? []))].sort();
}

/** Whole numbers that fall in a plural category of a language, as examples: "2, 3, 4". */
function examplesOf(category: string, rules: Intl.PluralRules): string {
  const examples = [...Array.from({ length: 200 }, (_, number) => number), 1000, 1_000_000].filter(
    (number) => rules.select(number) === category,
  );
  return examples.length > 0 ? examples.slice(0, 4).join(', ') : 'decimals only';
}

/** Whether `code` can name a language file: a BCP 47 tag such as "fr" or "pt-BR". */
export function isLanguageCode(code: string): boolean {
  try {
    return Intl.getCanonicalLocales(code).length === 1 && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(code);
  } catch {
    return false;
  }
}

/** Problems of the plural forms of one message: forms the language needs, and forms it never uses. */
function pluralProblems(file: string, key: string, message: Record<string, unknown>, code: string): LanguageFileProblem[] {
  const rules = new Intl.PluralRules(code);
  const used: readonly string[] = rules.resolvedOptions().pluralCategories;
  const problems: LanguageFileProblem[] = [];
  for (const category of PLURAL_CATEGORIES) {
    if (used.includes(category) && !(category in message)) {
      problems.push({
        file,
        key,
        message: `has no "${category}" form, which ${code} uses for ${examplesOf(category, rules)}. Add "${category}": "…".`,
      });
    } else if (!used.includes(category) && category in message) {
      problems.push({ file, key, message: `has a "${category}" form, which ${code} never uses (it uses ${used.join(', ')}). Remove it.` });
    }
  }
  return problems;
}

/** Problems of a key's placeholders compared with English. */
function placeholderProblems(file: string, key: string, message: unknown, english: unknown): LanguageFileProblem[] {
  const expected = placeholdersOf(english);
  const found = placeholdersOf(message);
  const lost = expected.filter((placeholder) => !found.includes(placeholder));
  const extra = found.filter((placeholder) => !expected.includes(placeholder));
  const problems: LanguageFileProblem[] = [];
  if (lost.length > 0) {
    problems.push({
      file,
      key,
      message: `lacks ${lost.join(' and ')}, which English has (${JSON.stringify(english)}). Keep each {placeholder} as it is, where its text belongs in your sentence.`,
    });
  }
  if (extra.length > 0) {
    problems.push({
      file,
      key,
      message: `has ${extra.join(' and ')}, which English does not (it has ${expected.join(', ') || 'no placeholder'}). Check the spelling; placeholders are never translated.`,
    });
  }
  return problems;
}

/**
 * Every problem in a language file's parsed contents, at once. `code` is the language (the file's
 * name); `english` is English's contents, the reference for placeholders (omit it for en.json).
 */
export function checkLanguageFile(file: string, code: string, data: unknown, english?: LanguageFileData): LanguageFileProblem[] {
  if (!isLanguageCode(code)) {
    return [{ file, key: '', message: `The file name must be a language code, such as fr.json or pt-BR.json ("${code}" is not one).` }];
  }
  if (!isRecord(data)) return [{ file, key: '', message: 'must be one { … } with a "key": "text" pair per line, as en.json is.' }];
  const problems: LanguageFileProblem[] = [];
  for (const key of Object.keys(data).filter((key) => !KEYS.includes(key as keyof LanguageFileData))) {
    const suggestion = closestName(key, KEYS);
    problems.push({
      file,
      key,
      message: `is not a key Commfolio uses. ${suggestion ? `Did you mean "${suggestion}"?` : 'Remove it, or compare it with the keys in en.json.'}`,
    });
  }
  for (const key of KEYS) {
    const schema = LanguageFileSchema.shape[key];
    if (!(key in data)) {
      const reference = english?.[key];
      problems.push({
        file,
        key,
        missing: true,
        message: `is missing. Add it${reference ? `, translated from English ${JSON.stringify(reference)}` : ''}. It is: ${schema.description}`,
      });
      continue;
    }
    const result = schema.safeParse(data[key]);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const form = issue.path.length > 0 ? `its "${issue.path.join('.')}" form ` : '';
        const message =
          issue.code === 'unrecognized_keys'
            ? `has ${issue.keys.map((name) => `"${name}"`).join(', ')}, which is not a plural form: use ${PLURAL_CATEGORIES.join(', ')}.`
            : issue.message;
        problems.push({ file, key, message: `${form}${message}` });
      }
      continue;
    }
    const value = result.data;
    if (isRecord(value)) problems.push(...pluralProblems(file, key, value, code));
    if (english && key !== 'language.name' && key !== 'language.direction')
      problems.push(...placeholderProblems(file, key, value, english[key]));
  }
  return problems;
}

/** The checked file as the translator uses it: its name, direction and messages. */
function toLanguageFile(code: string, data: Partial<LanguageFileData>): LanguageFile {
  const { 'language.name': name = code, 'language.direction': direction = 'ltr', ...messages } = data;
  return { code, name, direction, messages };
}

/**
 * Checks the parsed contents of every language file (by file name, "hi.json"; an Error for a
 * file that could not be parsed) in `folder`. English must be complete; in other languages a
 * missing key is left out of the problems, since the translator shows it in English, while
 * anything else would show wrong text. The files come back English first.
 */
export function checkLanguageFiles(
  folder: string,
  contents: ReadonlyMap<string, unknown>,
): { languageFiles: LanguageFile[]; problems: LanguageFileProblem[] } {
  const english = contents.get('en.json');
  if (english === undefined || english instanceof Error) {
    return {
      languageFiles: [],
      problems: [
        {
          file: `${folder}/en.json`,
          key: '',
          message: english ? english.message : 'is missing: it is the reference every other language follows.',
        },
      ],
    };
  }
  const problems = checkLanguageFile(`${folder}/en.json`, 'en', english);
  const languageFiles: LanguageFile[] = [];
  for (const [name, data] of [...contents].sort(([a], [b]) => Number(b === 'en.json') - Number(a === 'en.json') || a.localeCompare(b))) {
    const file = `${folder}/${name}`;
    const code = name.replace(/\.json$/, '');
    if (data instanceof Error) {
      problems.push({ file, key: '', message: data.message });
      continue;
    }
    if (code !== 'en')
      problems.push(...checkLanguageFile(file, code, data, english as LanguageFileData).filter((problem) => !problem.missing));
    languageFiles.push(toLanguageFile(code, data as Partial<LanguageFileData>));
  }
  return { languageFiles, problems };
}

/** One problem as a line: `src/translations/hi.json: "key" lacks {query}…`. */
export function describeLanguageFileProblem(problem: LanguageFileProblem): string {
  return `${problem.file}: ${problem.key ? `"${problem.key}" ` : ''}${problem.message}`;
}

/** Problems as one message, a line each, for a build that stops on them. */
export function formatLanguageFileProblems(problems: readonly LanguageFileProblem[]): string {
  return `The interface text has problems:\n${problems.map((problem) => `  ${describeLanguageFileProblem(problem)}`).join('\n')}\nSee docs/languages.md.`;
}
