/**
 * A JSON Resume (https://jsonresume.org/schema) as Commfolio profile data: the inverse of
 * export.ts, so that importing a resume and publishing /resume.json keeps every field both models
 * have. Everything else is reported by its path, with the reason, instead of being dropped silently.
 */
import { z } from 'astro/zod';
import { eventRoleOf, impliedEventRole, isEventType } from './event-roles.ts';
import { compact, createFieldTracker, isRecord, type FieldTracker, type ImportNote } from './field-tracker.ts';
import { locationLine } from './location.ts';
import { platformOfNetwork, type ProfileLink } from './networks.ts';
import { createReaders, type Entry, type Readers } from './readers.ts';

/** An imported profile: its frontmatter, its bio, and what did not come across unchanged. */
export interface ImportedProfile {
  /** Frontmatter for profile.md, in the order the README lists the fields; empty lists left out. */
  profile: Record<string, unknown>;
  /** basics.summary, the Markdown bio. */
  bio: string;
  /** Fields left out, each with its path in the JSON Resume and the reason. */
  dropped: ImportNote[];
  /** Fields carried over with a change (a year written as a month, a placeholder), to check. */
  adjusted: ImportNote[];
}

/** What the import knows about the site it writes for. */
export interface ImportOptions {
  /** The site's address: a basics.url equal to it is the site itself, not a link to add. */
  siteUrl?: string;
}

const sameAddress = (left: string, right: string) => left.replace(/\/+$/, '') === right.replace(/\/+$/, '');
const CASE_STUDY_TYPE = /^case[\s-]?stud(y|ies)$/i;

function importLinks(basics: Entry, read: Readers, tracker: FieldTracker, options: ImportOptions): ProfileLink[] {
  const links: ProfileLink[] = [];
  for (const [profile, path] of read.entries(basics, 'profiles', 'basics.profiles')) {
    const url = read.url(profile, 'url', path);
    const network = read.text(profile, 'network', path);
    const username = read.text(profile, 'username', path);
    if (!url) {
      tracker.drop(path, 'has no web address; profile links need a url. Add it to links in profile.md by hand.');
      continue;
    }
    const platform = platformOfNetwork(network, url);
    if (platform) links.push({ platform, url, ...(username && { label: username }) });
    else {
      links.push({ platform: 'website', url, ...(network && { label: network }) });
      if (username && network)
        tracker.drop(
          `${path}.username`,
          `links to platforms Commfolio does not know show their network's name ("${network}"), not a username.`,
        );
    }
  }
  const website = read.url(basics, 'url', 'basics');
  if (website && !(options.siteUrl && sameAddress(website, options.siteUrl)) && !links.some((link) => sameAddress(link.url, website))) {
    links.push({ platform: 'website', url: website });
    tracker.adjust('basics.url', "became a website link: /resume.json gives this site's own address as basics.url.");
  }
  return links;
}

function importBasics(resume: Entry, read: Readers, tracker: FieldTracker, options: ImportOptions) {
  const basics = isRecord(resume.basics) ? resume.basics : {};
  const placeholder = (field: string, value: string) => {
    tracker.adjust(`basics.${field}`, `is missing, so profile.md says "${value}". Write your own.`);
    return value;
  };
  const name = read.text(basics, 'name', 'basics') ?? placeholder('name', 'Your name');
  const headline = read.text(basics, 'label', 'basics') ?? placeholder('label', 'What you do, in one line');
  let email = read.text(basics, 'email', 'basics');
  if (email && !z.email().safeParse(email).success) {
    tracker.drop('basics.email', `"${email}" is not an email address; it was left out.`);
    email = undefined;
  }
  const image = read.text(basics, 'image', 'basics');
  if (image) {
    tracker.drop(
      'basics.image',
      'is a web address, and the site loads nothing from other sites. Download the picture, put it beside profile.md ' +
        '(e.g. ./photo.jpg) and add photo: { file: ./photo.jpg, alt: "what the picture shows" } to profile.md.',
    );
  }
  const place = isRecord(basics.location) ? basics.location : {};
  const countryCode = read.text(place, 'countryCode', 'basics.location');
  const location = locationLine({
    city: read.text(place, 'city', 'basics.location'),
    region: read.text(place, 'region', 'basics.location'),
    countryCode: countryCode && /^[a-z]{2}$/i.test(countryCode) ? countryCode.toUpperCase() : countryCode,
  });
  const bio = read.text(basics, 'summary', 'basics') ?? '';
  return { name, headline, location, email, links: importLinks(basics, read, tracker, options), bio };
}

function importExperience(resume: Entry, read: Readers) {
  return read.entries(resume, 'work').flatMap(([job, path]) => {
    const role = read.text(job, 'position', path);
    const organisation = read.text(job, 'name', path) ?? read.text(job, 'company', path);
    const start = read.date(job, 'startDate', path);
    const end = read.date(job, 'endDate', path, 'end');
    const unreadableEnd = end === null && 'an endDate written YYYY-MM (without one it would read as your current job)';
    if (
      read.dropIncomplete(
        path,
        [!role && 'position', !organisation && 'name', !start && 'startDate written YYYY-MM', unreadableEnd],
        'experience needs',
      )
    )
      return [];
    return [
      {
        role,
        organisation,
        start,
        end: end ?? undefined,
        location: read.text(job, 'location', path),
        summary: read.text(job, 'summary', path),
      },
    ];
  });
}

function importCredentials(resume: Entry, read: Readers) {
  type Credential = { kind: string; title?: string; issuer?: string; date?: string | null; url?: string };
  /** The credential, unless it lacks a title, an issuer or a date (named as the resume names them). */
  const complete = (path: string, credential: Credential, [title, issuer, date]: [string, string, string]) => {
    const missing = [!credential.title && title, !credential.issuer && issuer, !credential.date && `${date} written YYYY-MM`];
    return read.dropIncomplete(path, missing, 'credentials need') ? [] : [credential];
  };
  const education = read.entries(resume, 'education').flatMap(([degree, path]) => {
    const studyType = read.text(degree, 'studyType', path);
    const area = read.text(degree, 'area', path);
    const title = studyType && area ? `${studyType} in ${area}` : (studyType ?? area);
    const kind = /diplom/i.test(studyType ?? title ?? '') ? 'diploma' : 'degree';
    const issuer = read.text(degree, 'institution', path);
    const date = read.date(degree, 'endDate', path, 'end');
    return complete(path, { kind, title, issuer, date, url: read.url(degree, 'url', path) }, [
      'studyType or area',
      'institution',
      'endDate',
    ]);
  });
  const certificates = read.entries(resume, 'certificates').flatMap(([certificate, path]) =>
    complete(
      path,
      {
        kind: 'certificate',
        title: read.text(certificate, 'name', path),
        issuer: read.text(certificate, 'issuer', path),
        date: read.date(certificate, 'date', path),
        url: read.url(certificate, 'url', path),
      },
      ['name', 'issuer', 'date'],
    ),
  );
  const awards = read.entries(resume, 'awards').flatMap(([award, path]) =>
    complete(
      path,
      {
        kind: 'award',
        title: read.text(award, 'title', path),
        issuer: read.text(award, 'awarder', path),
        date: read.date(award, 'date', path),
        url: read.url(award, 'url', path),
      },
      ['title', 'awarder', 'date'],
    ),
  );
  return [...education, ...certificates, ...awards];
}

function importSkills(resume: Entry, read: Readers, tracker: FieldTracker) {
  const skills = read.entries(resume, 'skills').flatMap(([skill, path]) => {
    const name = read.text(skill, 'name', path);
    const keywords = read.texts(skill, 'keywords', path);
    return name || keywords.length > 0 ? [{ name, keywords, path }] : [];
  });
  if (skills.every((skill) => skill.keywords.length === 0)) return skills.map((skill) => skill.name!);
  const grouped = skills
    .filter((skill) => skill.keywords.length > 0)
    .map((skill) => ({ group: skill.name ?? 'Skills', items: skill.keywords }));
  const loose = skills.filter((skill) => skill.keywords.length === 0);
  for (const skill of loose)
    tracker.adjust(skill.path, `has no keywords while other skills do; "${skill.name}" went into a group called "Skills".`);
  return loose.length > 0 ? [...grouped, { group: 'Skills', items: loose.map((skill) => skill.name!) }] : grouped;
}

function importProjects(resume: Entry, read: Readers, tracker: FieldTracker) {
  const events = [];
  const projects = [];
  for (const [project, path] of read.entries(resume, 'projects')) {
    const name = read.text(project, 'name', path);
    const type = typeof project.type === 'string' ? project.type.trim() : undefined;
    if (type && CASE_STUDY_TYPE.test(type)) {
      tracker.drop(
        path,
        `is a case study; in Commfolio each case study is a page of its own. Create it with npm run new -- case-study "${name ?? 'Title'}".`,
      );
      continue;
    }
    if (read.dropIncomplete(path, [!name && 'name'], 'projects and events need')) continue;
    const roles = Array.isArray(project.roles) ? project.roles.filter((role): role is string => typeof role === 'string') : [];
    const role = roles[0] ? eventRoleOf(roles[0]) : type && impliedEventRole(type);
    const entity = typeof project.entity === 'string' ? project.entity.trim() : '';
    const start = read.date(project, 'startDate', path);
    if (isEventType(type) && role && entity && start) {
      read.text(project, 'type', path);
      read.text(project, 'entity', path);
      if (roles[0]) tracker.use(`${path}.roles[0]`);
      events.push({
        title: name,
        event: entity,
        date: start,
        role,
        location: read.text(project, 'location', path),
        url: read.url(project, 'url', path),
      });
      continue;
    }
    let summary = read.text(project, 'description', path);
    if (!summary) {
      summary = name;
      tracker.adjust(
        `${path}.description`,
        `is missing; projects need a summary, so it repeats the name "${name}". Write one in profile.md.`,
      );
    }
    const end = read.date(project, 'endDate', path, 'end');
    if (start === null) tracker.drop(`${path}.startDate`, 'is not a date written YYYY-MM; it was left out.');
    if (end === null) tracker.drop(`${path}.endDate`, 'is not a date written YYYY-MM; it was left out.');
    projects.push({ name, summary, url: read.url(project, 'url', path), start: start ?? undefined, end: end ?? undefined });
  }
  return { events, projects };
}

function importTestimonials(resume: Entry, read: Readers) {
  return read.entries(resume, 'references').flatMap(([reference, path]) => {
    const person = read.text(reference, 'name', path);
    const quote = read.text(reference, 'reference', path);
    if (read.dropIncomplete(path, [!person && 'name', !quote && 'reference'], 'testimonials need')) return [];
    return [{ quote, person, role: read.text(reference, 'role', path), url: read.url(reference, 'url', path) }];
  });
}

function importLanguages(resume: Entry, read: Readers) {
  return read.entries(resume, 'languages').flatMap(([spoken, path]) => {
    const name = read.text(spoken, 'language', path);
    if (read.dropIncomplete(path, [!name && 'language'], 'languages need')) return [];
    return [{ name, level: read.text(spoken, 'fluency', path) }];
  });
}

/** Maps a parsed JSON Resume to profile frontmatter and bio, noting every field left out or changed. */
export function importJsonResume(resume: unknown, options: ImportOptions = {}): ImportedProfile {
  const source = isRecord(resume) ? resume : {};
  const tracker = createFieldTracker();
  const read = createReaders(tracker);
  // Names the schema; /resume.json declares the same one.
  tracker.use('$schema');
  const { bio, ...basics } = importBasics(source, read, tracker, options);
  const experience = importExperience(source, read);
  const credentials = importCredentials(source, read);
  const skills = importSkills(source, read, tracker);
  const { events, projects } = importProjects(source, read, tracker);
  const profile = compact({
    ...basics,
    skills,
    credentials,
    experience,
    events,
    projects,
    testimonials: importTestimonials(source, read),
    languages: importLanguages(source, read),
  }) as Record<string, unknown>;
  return { profile, bio, dropped: tracker.dropped(source), adjusted: tracker.adjusted() };
}
