/**
 * Reads LinkedIn's "Get a copy of your data" export (the zip, or the folder it was unzipped into):
 * the CSV files the profile is made from, and the articles in Articles/. Only those files are
 * opened; messages, connections, phone numbers and the rest of the export are never read.
 */
import { LINKEDIN_CSV_FILES, readLinkedInCsv, type LinkedInCsvName } from '../../lib/import/linkedin/csv-files.ts';
import type { LinkedInTables } from '../../lib/import/linkedin/profile.ts';
import { exportRoot, ImportInputError, type ExportSource } from './export-source.ts';

/** No CSV of a LinkedIn profile comes near this; a file past it is not one. */
const CSV_LIMIT = 32 * 1024 * 1024;
/** An article with its HTML, not its images (those stay on LinkedIn). */
const ARTICLE_LIMIT = 8 * 1024 * 1024;

/** What the export holds for the import. */
export interface LinkedInExportFiles {
  tables: LinkedInTables;
  /** The CSV files read, by their names in the export. */
  read: string[];
  articles: { file: string; html: string }[];
  problems: string[];
}

const CSV_NAMES = Object.keys(LINKEDIN_CSV_FILES) as LinkedInCsvName[];

/** Reads the export's profile files and articles; an input that is not a LinkedIn export is an ImportInputError. */
export async function readLinkedInExport(source: ExportSource): Promise<LinkedInExportFiles> {
  const root = exportRoot(
    source.files,
    CSV_NAMES.filter((name) => name !== 'Email Addresses').map((name) => `${name}.csv`),
  );
  if (root === undefined) {
    const isX = exportRoot(source.files, ['data/tweets.js', 'data/tweet.js']) !== undefined;
    throw new ImportInputError(
      isX
        ? `${source.label} is an archive from X, not LinkedIn. Import it with: npm run import -- x ${source.label} --case-study <slug>`
        : `${source.label} is not a LinkedIn data export: it has none of ${CSV_NAMES.slice(0, 4)
            .map((name) => `${name}.csv`)
            .join(', ')} and the other files LinkedIn puts in it. ` +
            'Request "Get a copy of your data" on LinkedIn (docs/importing.md says how) and give the zip it sends you.',
    );
  }
  const byName = new Map(source.files.filter((file) => file.startsWith(root)).map((file) => [file.slice(root.length).toLowerCase(), file]));
  const tables: LinkedInTables = {};
  const problems: string[] = [];
  const read: string[] = [];
  for (const name of CSV_NAMES) {
    const file = byName.get(`${name}.csv`.toLowerCase());
    if (!file) continue;
    const { rows, problems: found } = readLinkedInCsv(name, await source.readText(file, CSV_LIMIT));
    problems.push(...found);
    tables[name] = rows;
    read.push(file.slice(root.length));
  }
  const articleFiles = [...byName]
    .filter(([name]) => name.startsWith('articles/') && name.endsWith('.html'))
    .map(([, file]) => file)
    .sort();
  const articles = [];
  for (const file of articleFiles) articles.push({ file: file.slice(root.length), html: await source.readText(file, ARTICLE_LIMIT) });
  return { tables, read, articles, problems };
}
