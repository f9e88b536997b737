/**
 * LinkedIn's export as Commfolio profile data: Profile.csv, Positions.csv, Education.csv and the
 * other CSV files become profile.md's fields, with the same field tracker as the JSON Resume import,
 * so that every cell left out is reported with its reason. Private details (birth date, address,
 * postal code, messengers, email addresses unless asked for) are never copied, and only
 * recommendations shown on the profile become testimonials.
 */
import { z } from 'astro/zod';
import { compact, createFieldTracker, type FieldTracker, type ImportNote } from '../../json-resume/field-tracker.ts';
import type { ImportedProfile } from '../../json-resume/import.ts';
import type { ProfileLink } from '../../json-resume/networks.ts';
import { createReaders, type Readers } from '../../json-resume/readers.ts';
import { plainTextToMarkdown } from '../markdown-text.ts';
import type { LinkedInCsvName, LinkedInRow } from './csv-files.ts';
import { readLinkedInDate } from './dates.ts';
import { languageLevel } from './languages.ts';
import { websiteLinks, xLinks } from './links.ts';

/** The rows of each CSV file found in the export; a file the export lacks is absent. */
export type LinkedInTables = Partial<Record<LinkedInCsvName, LinkedInRow[]>>;

/** What the import may take beyond the default. */
export interface LinkedInProfileOptions {
  /** Copy the primary email address from Email Addresses.csv (off unless the user asks). */
  includeEmail?: boolean;
}

/** The imported profile, plus dates that could not be read: any problem means nothing is written. */
export interface LinkedInProfile extends ImportedProfile {
  problems: string[];
}

/** Why columns the profile has no place for were left out, by `File[].Column`, or by file. */
const REASONS: Record<string, string> = {
  'Profile[].Maiden Name': 'a former name is private; it was not copied.',
  'Profile[].Address': 'a street address does not belong on a public site; it was not copied.',
  'Profile[].Birth Date': 'a birth date does not belong on a public site; it was not copied.',
  'Profile[].Zip Code': 'a postal code does not belong on a public site; it was not copied.',
  'Profile[].Instant Messengers':
    'messenger accounts are private contact details; they were not copied. Add a public link under links if you want one.',
  'Profile[].Industry': 'the profile has no industry. Mention it in your headline or bio.',
  'Education[].Start Date': 'credentials have one date, when they were awarded.',
  'Education[].Notes': 'credentials have no notes. Add what matters to the title in profile.md.',
  'Education[].Activities': 'credentials have no activities. Mention them in your bio, or write a case study about the biggest.',
  'Certifications[].Finished On': 'credentials show when they were awarded, not when they expire.',
  'Certifications[].License Number': 'credentials have no licence number; the Url is where people verify it.',
  'Courses[].Number': 'credentials have no course number.',
  'Honors[].Description': 'awards have no description. Work it into the title if it matters.',
  'Volunteering[].Cause': 'experience has no cause. Mention it in the summary.',
  'Recommendations_Received[].Creation Date': 'testimonials have no date.',
  Publications: 'the profile has no publications. Link them from your bio, or write a post about each.',
};

/** The reason for a cell nobody used: from the table, else a column Commfolio does not know. */
function reasonOf(path: string): string {
  const general = path.replace(/\[\d+\]/g, '[]');
  return (
    REASONS[general] ?? REASONS[general.split('[')[0]!] ?? 'a column Commfolio does not know (LinkedIn may have added it); it was left out.'
  );
}

/** A tracker path (`Positions[1].Description`) as the user sees the file: `Positions.csv row 2, Description`. */
export function linkedInPlace(path: string): string {
  const match = /^([^[]+)(?:\[(\d+)\])?(?:\.(.+))?$/.exec(path);
  if (!match) return path;
  const [, file, row, column] = match;
  const where = file === 'Profile' || row === undefined ? `${file}.csv` : `${file}.csv row ${Number(row) + 1}`;
  return column ? `${where}, ${column}` : where;
}

type Row = Record<string, unknown>;

/** Readers for LinkedIn's cells: text, links and dates from the JSON Resume readers, and LinkedIn's dates. */
function createLinkedInReaders(tracker: FieldTracker, problems: string[]) {
  const read = createReaders(tracker);
  /**
   * A date as YYYY-MM (or YYYY-MM-DD). A year alone becomes its first month (its last for an
   * end), noted; a date LinkedIn does not write is a problem, since nothing is guessed.
   */
  const date = (row: Row, column: string, path: string, bound: 'start' | 'end' = 'start'): string | undefined => {
    const value = read.text(row, column, path);
    if (value === undefined) return undefined;
    const parsed = readLinkedInDate(value);
    if (!parsed) {
      problems.push(
        `${linkedInPlace(`${path}.${column}`)}: "${value}" is not a date as LinkedIn writes them (e.g. "Mar 2021" or "2019"). Correct it in the file, or on LinkedIn and export again.`,
      );
      return undefined;
    }
    if ('month' in parsed) return parsed.month;
    const month = `${parsed.year}-${bound === 'start' ? '01' : '12'}`;
    tracker.adjust(
      `${path}.${column}`,
      `"${parsed.year}" is a year; Commfolio needs a month, so it became ${month}. Correct it in profile.md if you know the month.`,
    );
    return month;
  };
  return { ...read, date };
}

type LinkedInReaders = ReturnType<typeof createLinkedInReaders>;

const fullName = (row: Row, read: Readers, path: string, first = 'First Name', last = 'Last Name') =>
  [read.text(row, first, path), read.text(row, last, path)].filter(Boolean).join(' ') || undefined;

function importBasics(tables: Row, read: LinkedInReaders, tracker: FieldTracker) {
  const [[profile, path] = [{}, 'Profile[0]']] = read.entries(tables, 'Profile');
  const placeholder = (column: string, value: string) => {
    tracker.adjust(`Profile[0].${column}`, `is empty, so profile.md says "${value}". Write your own.`);
    return value;
  };
  const name = fullName(profile, read, path) ?? placeholder('First Name', 'Your name');
  const headline = read.text(profile, 'Headline', path) ?? placeholder('Headline', 'What you do, in one line');
  const links: ProfileLink[] = [];
  for (const [column, readLinks] of [
    ['Websites', websiteLinks],
    ['Twitter Handles', xLinks],
  ] as const) {
    const cell = read.text(profile, column, path);
    if (!cell) continue;
    const { links: found, unreadable } = readLinks(cell);
    links.push(...found);
    if (unreadable.length > 0)
      tracker.drop(
        `${path}.${column}`,
        `${unreadable.map((item) => `"${item}"`).join(', ')} is not a web address or handle Commfolio can link to; it was left out.`,
      );
  }
  const summary = read.text(profile, 'Summary', path);
  return { name, headline, location: read.text(profile, 'Geo Location', path), links, bio: summary ? plainTextToMarkdown(summary) : '' };
}

/** The primary (else the first confirmed, else the first) address of Email Addresses.csv. */
function importEmail(rows: LinkedInRow[] | undefined, options: LinkedInProfileOptions, notes: ImportNote[]): string | undefined {
  if (!rows || rows.length === 0) return undefined;
  if (!options.includeEmail) {
    notes.push({
      path: 'Email Addresses.csv',
      reason:
        'your email addresses were not copied. To show one on your site, run the import again with --include-email (it takes your primary address).',
    });
    return undefined;
  }
  const yes = (value: string | undefined) => /^yes$/i.test(value ?? '');
  const chosen = rows.find((row) => yes(row.Primary)) ?? rows.find((row) => yes(row.Confirmed)) ?? rows[0]!;
  const email = chosen['Email Address'] ?? '';
  if (z.email().safeParse(email).success) return email;
  notes.push({ path: 'Email Addresses.csv', reason: 'the primary address is not an email address Commfolio can show; it was left out.' });
  return undefined;
}

function importExperience(tables: Row, read: LinkedInReaders) {
  const jobs = read.entries(tables, 'Positions').map(([job, path]) => ({
    path,
    role: read.text(job, 'Title', path),
    organisation: read.text(job, 'Company Name', path),
    start: read.date(job, 'Started On', path),
    end: read.date(job, 'Finished On', path, 'end'),
    location: read.text(job, 'Location', path),
    summary: read.text(job, 'Description', path),
  }));
  const volunteering = read.entries(tables, 'Volunteering').map(([role, path]) => ({
    path,
    role: read.text(role, 'Role', path),
    organisation: read.text(role, 'Company Name', path),
    start: read.date(role, 'Started On', path),
    end: read.date(role, 'Finished On', path, 'end'),
    location: undefined,
    summary: read.text(role, 'Description', path),
  }));
  const complete = [...jobs, ...volunteering].flatMap(({ path, ...job }) => {
    const role = path.startsWith('Positions') ? 'Title' : 'Role';
    if (read.dropIncomplete(path, [!job.role && role, !job.organisation && 'Company Name', !job.start && 'Started On'], 'experience needs'))
      return [];
    return [job];
  });
  // Newest first, as the profile lists them; volunteering goes among the jobs by its start.
  return complete.sort((a, b) => b.start!.localeCompare(a.start!));
}

function importCredentials(tables: Row, read: LinkedInReaders, tracker: FieldTracker) {
  type Credential = { kind: string; title?: string; issuer?: string; date?: string; url?: string };
  const complete = (path: string, credential: Credential, [title, issuer, date]: [string, string, string]) =>
    read.dropIncomplete(path, [!credential.title && title, !credential.issuer && issuer, !credential.date && date], 'credentials need')
      ? []
      : [credential];
  /** Courses and awards: LinkedIn's export has no issuer for them, so each is left out with a line to paste. */
  const withoutIssuer = (path: string, kind: string, title: string | undefined, date: string | undefined) => {
    if (read.dropIncomplete(path, [!title && 'title'], 'credentials need')) return [];
    tracker.drop(
      path,
      `LinkedIn's export does not say who gave it, and credentials need an issuer. Add it under credentials in profile.md: - { kind: ${kind}, title: ${JSON.stringify(title)}, issuer: "…", date: ${date ?? 'YYYY-MM'} }`,
    );
    return [];
  };
  const education = read.entries(tables, 'Education').flatMap(([school, path]) => {
    const degree = read.text(school, 'Degree Name', path);
    const field = read.text(school, 'Field Of Study', path);
    const title = degree && field ? `${degree}, ${field}` : (degree ?? field);
    const kind = /diplom/i.test(title ?? '') ? 'diploma' : 'degree';
    return complete(
      path,
      { kind, title, issuer: read.text(school, 'School Name', path), date: read.date(school, 'End Date', path, 'end') },
      ['Degree Name', 'School Name', 'End Date (still studying? add it when you graduate)'],
    );
  });
  const certificates = read.entries(tables, 'Certifications').flatMap(([certificate, path]) =>
    complete(
      path,
      {
        kind: 'certificate',
        title: read.text(certificate, 'Name', path),
        issuer: read.text(certificate, 'Authority', path),
        date: read.date(certificate, 'Started On', path),
        url: read.url(certificate, 'Url', path),
      },
      ['Name', 'Authority', 'Started On'],
    ),
  );
  const courses = read
    .entries(tables, 'Courses')
    .flatMap(([course, path]) => withoutIssuer(path, 'course', read.text(course, 'Name', path), undefined));
  const awards = read.entries(tables, 'Honors').flatMap(([honor, path]) => {
    const title = read.text(honor, 'Title', path);
    const date = read.date(honor, 'Issued On', path);
    const issuer = read.text(honor, 'Issuer', path);
    if (issuer) return complete(path, { kind: 'award', title, issuer, date }, ['Title', 'Issuer', 'Issued On']);
    return withoutIssuer(path, 'award', title, date);
  });
  return [...education, ...certificates, ...courses, ...awards];
}

function importSkills(tables: Row, read: LinkedInReaders) {
  const seen = new Set<string>();
  return read.entries(tables, 'Skills').flatMap(([skill, path]) => {
    const name = read.text(skill, 'Name', path);
    if (!name || seen.has(name.toLowerCase())) return [];
    seen.add(name.toLowerCase());
    return [name];
  });
}

function importLanguages(tables: Row, read: LinkedInReaders, tracker: FieldTracker) {
  return read.entries(tables, 'Languages').flatMap(([language, path]) => {
    const name = read.text(language, 'Name', path);
    if (read.dropIncomplete(path, [!name && 'Name'], 'languages need')) return [];
    const proficiency = read.text(language, 'Proficiency', path);
    const level = proficiency && languageLevel(proficiency);
    if (proficiency && !level)
      tracker.adjust(`${path}.Proficiency`, `"${proficiency}" is not one of LinkedIn's five levels; it was copied as written.`);
    return [{ name, level: level || proficiency }];
  });
}

function importProjects(tables: Row, read: LinkedInReaders, tracker: FieldTracker) {
  return read.entries(tables, 'Projects').flatMap(([project, path]) => {
    const name = read.text(project, 'Title', path);
    if (read.dropIncomplete(path, [!name && 'Title'], 'projects need')) return [];
    let summary = read.text(project, 'Description', path);
    if (!summary) {
      summary = name;
      tracker.adjust(
        `${path}.Description`,
        `is empty; projects need a summary, so it repeats the title "${name}". Write one in profile.md.`,
      );
    }
    return [
      {
        name,
        summary,
        url: read.url(project, 'Url', path),
        start: read.date(project, 'Started On', path),
        end: read.date(project, 'Finished On', path, 'end'),
      },
    ];
  });
}

function importTestimonials(tables: Row, read: LinkedInReaders, tracker: FieldTracker) {
  return read.entries(tables, 'Recommendations_Received').flatMap(([recommendation, path]) => {
    const status = read.text(recommendation, 'Status', path);
    if (status?.toUpperCase() !== 'VISIBLE') {
      tracker.drop(
        path,
        `is not shown on your LinkedIn profile (status ${status ?? 'not given'}): only recommendations you show publicly become testimonials.`,
      );
      return [];
    }
    const person = fullName(recommendation, read, path);
    const quote = read.text(recommendation, 'Text', path);
    if (read.dropIncomplete(path, [!person && 'First Name or Last Name', !quote && 'Text'], 'testimonials need')) return [];
    const role = [read.text(recommendation, 'Job Title', path), read.text(recommendation, 'Company', path)].filter(Boolean).join(', ');
    return [{ quote, person, role: role || undefined }];
  });
}

/** Maps the export's CSV rows to profile frontmatter and bio, noting every cell left out or changed. */
export function importLinkedInProfile(tables: LinkedInTables, options: LinkedInProfileOptions = {}): LinkedInProfile {
  const { 'Email Addresses': emailRows, ...tracked } = tables;
  const tracker = createFieldTracker(reasonOf);
  const problems: string[] = [];
  const read = createLinkedInReaders(tracker, problems);
  const emailNotes: ImportNote[] = [];
  const { bio, ...basics } = importBasics(tracked, read, tracker);
  const email = importEmail(emailRows, options, emailNotes);
  const profile = compact({
    name: basics.name,
    headline: basics.headline,
    location: basics.location,
    email,
    links: basics.links,
    skills: importSkills(tracked, read),
    credentials: importCredentials(tracked, read, tracker),
    experience: importExperience(tracked, read),
    projects: importProjects(tracked, read, tracker),
    testimonials: importTestimonials(tracked, read, tracker),
    languages: importLanguages(tracked, read, tracker),
  }) as Record<string, unknown>;
  const place = (note: ImportNote) => ({ ...note, path: linkedInPlace(note.path) });
  return {
    profile,
    bio,
    dropped: [...tracker.dropped(tracked).map(place), ...emailNotes],
    adjusted: tracker.adjusted().map(place),
    problems,
  };
}
