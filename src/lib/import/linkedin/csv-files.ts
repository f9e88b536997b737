/**
 * The CSV files of LinkedIn's "Get a copy of your data" export that the import reads, with the
 * columns LinkedIn writes (as documented by Reactive Resume's parser schemas and other readers of
 * the export), and a reader that turns one file into rows keyed by column. The export is read as
 * LinkedIn sends it: a byte-order mark, CRLF line ends, quoted cells with commas and line breaks,
 * a "Notes:" paragraph before the header, and HTML entities such as &amp; in the text.
 */
import { csvParseRows } from 'd3-dsv';
import { decodeEntities } from '../entities.ts';

/** What the import knows about one CSV file of the export. */
export interface LinkedInCsvSpec {
  /** Columns without which the file cannot be LinkedIn's (the import would misread it). */
  required: readonly string[];
  /** Every column LinkedIn writes in it, required ones included. */
  columns: readonly string[];
}

/** The files the import reads, by name without `.csv`. */
export const LINKEDIN_CSV_FILES = {
  Profile: {
    required: ['First Name', 'Last Name'],
    columns: [
      'First Name',
      'Last Name',
      'Maiden Name',
      'Address',
      'Birth Date',
      'Headline',
      'Summary',
      'Industry',
      'Zip Code',
      'Geo Location',
      'Twitter Handles',
      'Websites',
      'Instant Messengers',
    ],
  },
  Positions: {
    required: ['Company Name', 'Title', 'Started On'],
    columns: ['Company Name', 'Title', 'Description', 'Location', 'Started On', 'Finished On'],
  },
  Education: {
    required: ['School Name'],
    columns: ['School Name', 'Start Date', 'End Date', 'Notes', 'Degree Name', 'Activities', 'Field Of Study'],
  },
  Certifications: { required: ['Name'], columns: ['Name', 'Url', 'Authority', 'Started On', 'Finished On', 'License Number'] },
  Courses: { required: ['Name'], columns: ['Name', 'Number'] },
  Honors: { required: ['Title'], columns: ['Title', 'Description', 'Issued On'] },
  Skills: { required: ['Name'], columns: ['Name'] },
  Languages: { required: ['Name'], columns: ['Name', 'Proficiency'] },
  Projects: { required: ['Title'], columns: ['Title', 'Description', 'Url', 'Started On', 'Finished On'] },
  Publications: { required: ['Name'], columns: ['Name', 'Published On', 'Description', 'Publisher', 'Url'] },
  Volunteering: {
    required: ['Company Name', 'Role'],
    columns: ['Company Name', 'Role', 'Cause', 'Started On', 'Finished On', 'Description'],
  },
  Recommendations_Received: {
    required: ['First Name', 'Last Name', 'Text', 'Status'],
    columns: ['First Name', 'Last Name', 'Company', 'Job Title', 'Text', 'Creation Date', 'Status'],
  },
  'Email Addresses': { required: ['Email Address'], columns: ['Email Address', 'Confirmed', 'Primary', 'Updated On'] },
} as const satisfies Record<string, LinkedInCsvSpec>;

/** The name (without .csv) of a file the import reads. */
export type LinkedInCsvName = keyof typeof LINKEDIN_CSV_FILES;

/** One row of a CSV file: column → trimmed text (empty when the cell is empty). */
export type LinkedInRow = Record<string, string>;

/** Rows of one CSV file, or what is wrong with it (each problem names the file). */
export function readLinkedInCsv(name: LinkedInCsvName, text: string): { rows: LinkedInRow[]; problems: string[] } {
  const file = `${name}.csv`;
  const spec: LinkedInCsvSpec = LINKEDIN_CSV_FILES[name];
  let records = csvParseRows(text.replace(/^\uFEFF/, ''));
  // Some files start with a "Notes:" line and a quoted paragraph, then a blank line, then the header.
  if (records[0]?.[0]?.trim() === 'Notes:')
    records = records.slice(records.findIndex((record) => record.every((cell) => cell.trim() === '')) + 1);
  records = records.filter((record) => !record.every((cell) => cell.trim() === ''));
  const [header = [], ...body] = records;
  const columns = header.map((cell) => cell.trim());
  const missing = spec.required.filter((column) => !columns.includes(column));
  if (missing.length > 0) {
    const found = columns.filter(Boolean);
    return {
      rows: [],
      problems: [
        `${file} is not laid out as LinkedIn writes it: it has no ${missing.map((column) => `"${column}"`).join(', no ')} column. ` +
          `Expected the columns ${spec.columns.join(', ')}; found ${found.length > 0 ? found.join(', ') : 'none'}. Use the file exactly as it came in LinkedIn's export.`,
      ],
    };
  }
  const problems: string[] = [];
  const rows = body.flatMap((record, index) => {
    if (record.length > columns.length && record.slice(columns.length).some((cell) => cell.trim() !== '')) {
      problems.push(
        `${file} row ${index + 1} has ${record.length} values but the header has ${columns.length} columns; a quote is probably missing. Use the file exactly as it came in LinkedIn's export.`,
      );
      return [];
    }
    return [
      Object.fromEntries(
        columns.map((column, at) => [column, decodeEntities(record[at] ?? '').trim()]).filter(([column]) => column !== ''),
      ),
    ];
  });
  return { rows, problems };
}
