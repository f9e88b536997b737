/**
 * Readers that take fields out of an imported JSON Resume: each returns a value the profile
 * accepts, or undefined, and tells the field tracker what it carried over or had to leave out.
 */
import { PartialDateSchema, UrlSchema } from '../../schemas/shared.ts';
import { isRecord, type FieldTracker } from './field-tracker.ts';

/** An object of the JSON Resume, e.g. one job. */
export type Entry = Record<string, unknown>;

const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
const isUrl = (value: string) => UrlSchema.safeParse(value).success;

/** Readers that take fields out of the resume, marking what they carry over. */
export function createReaders(tracker: FieldTracker) {
  /** A value as trimmed text, or undefined; a value that is not text is dropped. */
  const textAt = (value: unknown, fieldPath: string): string | undefined => {
    if (isBlank(value)) return undefined;
    if (typeof value !== 'string') {
      tracker.drop(fieldPath, 'should be text; it was left out.');
      return undefined;
    }
    tracker.use(fieldPath);
    return value.trim();
  };
  /** Trimmed text at `entry[key]`, or undefined. */
  const text = (entry: Entry, key: string, path: string) => textAt(entry[key], `${path}.${key}`);
  /** The objects in the list at `resume[key]`, with their paths. */
  const entries = (resume: Entry, key: string, path = key): [Entry, string][] => {
    const value = resume[key];
    if (!Array.isArray(value)) {
      if (!isBlank(value)) tracker.drop(path, 'should be a list; it was left out.');
      return [];
    }
    return value.flatMap((item, index) => (isRecord(item) ? [[item, `${path}[${index}]`] as [Entry, string]] : []));
  };
  /** The text items of the list at `entry[key]`; anything else there is dropped. */
  const texts = (entry: Entry, key: string, path: string): string[] => {
    const value = entry[key];
    if (!Array.isArray(value)) {
      if (!isBlank(value)) tracker.drop(`${path}.${key}`, 'should be a list of text; it was left out.');
      return [];
    }
    return value.flatMap((item, index) => textAt(item, `${path}.${key}[${index}]`) ?? []);
  };
  /** A web address the profile accepts, or undefined; anything else is dropped. */
  const url = (entry: Entry, key: string, path: string): string | undefined => {
    const value = text(entry, key, path);
    if (value === undefined || isUrl(value)) return value;
    tracker.drop(`${path}.${key}`, `"${value}" is not a web address starting with https://; it was left out.`);
    return undefined;
  };
  /**
   * A YYYY-MM or YYYY-MM-DD date. A year alone becomes its first month (or its last, for an end),
   * noted; `null` means the value is there but unreadable.
   */
  const date = (entry: Entry, key: string, path: string, bound: 'start' | 'end' = 'start'): string | null | undefined => {
    const value = text(entry, key, path);
    if (value === undefined) return undefined;
    if (PartialDateSchema.safeParse(value).success) return value;
    if (/^\d{4}$/.test(value)) {
      const month = `${value}-${bound === 'start' ? '01' : '12'}`;
      tracker.adjust(
        `${path}.${key}`,
        `"${value}" is a year; Commfolio needs a month, so it became ${month}. Correct it in profile.md if you know the month.`,
      );
      return month;
    }
    return null;
  };
  /** Drops an entry that lacks required fields, naming them; returns whether it was dropped. */
  const dropIncomplete = (path: string, missing: (string | false)[], what: string): boolean => {
    const names = missing.filter((name): name is string => Boolean(name));
    if (names.length === 0) return false;
    tracker.drop(path, `has no ${names.join(', no ')}, which ${what}; it was left out. Add it to profile.md by hand.`);
    return true;
  };
  return { text, texts, entries, url, date, dropIncomplete };
}

/** The readers' type, for the section mappers that receive them. */
export type Readers = ReturnType<typeof createReaders>;
