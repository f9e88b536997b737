/**
 * The profile as a JSON Resume (https://jsonresume.org/schema), for `/resume.json`. Pure: the
 * endpoint passes the profile data, the bio and every absolute URL. Each profile section has a
 * home: experience → work, degrees and diplomas → education, certificates and courses →
 * certificates, awards → awards, events → projects of type "talk" or "event", testimonials →
 * references. Empty sections are left out.
 */
import type { z } from 'astro/zod';
import type { createProfileSchema } from '../../schemas/profile.ts';
import { eventProjectType, eventRoleName } from './event-roles.ts';
import { resumeLocation } from './location.ts';
import { networkProfile } from './networks.ts';
import { JSON_RESUME_SCHEMA_URL, type JsonResume, type ResumeProject } from './resume.ts';

/** The profile's fields that go into a JSON Resume (the photo arrives as a URL instead). */
export type ResumeProfile = Omit<z.output<ReturnType<typeof createProfileSchema>>, 'photo' | 'language'>;

/** A case study shown in the resume as a project. */
export interface ResumeCaseStudy {
  title: string;
  summary: string;
  organisation: string;
  role: string;
  period: { start: string; end?: string };
  skills: string[];
  /** Its lead result, e.g. "+240% followers in 90 days". */
  result?: string;
  /** Absolute URL of its page. */
  url: string;
}

/** Everything the export needs. */
export interface ResumeSource {
  profile: ResumeProfile;
  /** The profile's Markdown body. */
  bio: string;
  /** Absolute URL of the site's home page: `basics.url`. */
  homeUrl: string;
  /** Absolute URL of `/resume.json` itself: `meta.canonical`. */
  resumeUrl: string;
  /** Absolute URL of an optimised portrait (JPEG), if the profile has a photo. */
  photoUrl?: string;
  /** Case studies to list as projects. Default: none. */
  caseStudies?: ResumeCaseStudy[];
}

const nonEmpty = <Item>(items: Item[]): Item[] | undefined => (items.length > 0 ? items : undefined);

/** A degree or diploma title split at its first " in ": "BA in Media" → studyType BA, area Media. */
function studyFields(title: string): { studyType: string; area?: string } {
  const at = title.indexOf(' in ');
  return at > 0 ? { studyType: title.slice(0, at), area: title.slice(at + 4) } : { studyType: title };
}

function eventProjects(events: ResumeProfile['events']): ResumeProject[] {
  return events.map((event) => ({
    name: event.title,
    type: eventProjectType(event.role),
    roles: [eventRoleName(event.role)],
    entity: event.event,
    startDate: event.date,
    url: event.url,
    location: event.location,
  }));
}

function caseStudyProjects(caseStudies: ResumeCaseStudy[]): ResumeProject[] {
  return caseStudies.map((caseStudy) => ({
    name: caseStudy.title,
    type: 'case study',
    description: caseStudy.summary,
    highlights: caseStudy.result ? [caseStudy.result] : undefined,
    keywords: nonEmpty(caseStudy.skills),
    roles: [caseStudy.role],
    entity: caseStudy.organisation,
    startDate: caseStudy.period.start,
    endDate: caseStudy.period.end,
    url: caseStudy.url,
  }));
}

function skillEntries(skills: ResumeProfile['skills']): NonNullable<JsonResume['skills']> {
  return skills.map((skill) => (typeof skill === 'string' ? { name: skill } : { name: skill.group, keywords: skill.items }));
}

/** The profile as a JSON Resume object, ready for JSON.stringify. */
export function exportJsonResume({ profile, bio, homeUrl, resumeUrl, photoUrl, caseStudies = [] }: ResumeSource): JsonResume {
  const credentials = (...kinds: string[]) => profile.credentials.filter((credential) => kinds.includes(credential.kind));
  return {
    $schema: JSON_RESUME_SCHEMA_URL,
    basics: {
      name: profile.name,
      label: profile.headline,
      image: photoUrl,
      email: profile.email,
      url: homeUrl,
      summary: bio.trim() || undefined,
      location: profile.location ? resumeLocation(profile.location) : undefined,
      profiles: nonEmpty(profile.links.map(networkProfile)),
    },
    work: nonEmpty(
      profile.experience.map((job) => ({
        name: job.organisation,
        position: job.role,
        location: job.location,
        startDate: job.start,
        endDate: job.end,
        summary: job.summary,
      })),
    ),
    education: nonEmpty(
      credentials('degree', 'diploma').map((degree) => ({
        institution: degree.issuer,
        ...studyFields(degree.title),
        endDate: degree.date,
        url: degree.url,
      })),
    ),
    certificates: nonEmpty(
      credentials('certificate', 'course').map((certificate) => ({
        name: certificate.title,
        issuer: certificate.issuer,
        date: certificate.date,
        url: certificate.url,
      })),
    ),
    awards: nonEmpty(
      credentials('award').map((award) => ({ title: award.title, awarder: award.issuer, date: award.date, url: award.url })),
    ),
    skills: nonEmpty(skillEntries(profile.skills)),
    languages: nonEmpty(profile.languages.map((spoken) => ({ language: spoken.name, fluency: spoken.level }))),
    projects: nonEmpty([
      ...profile.projects.map((project) => ({
        name: project.name,
        description: project.summary,
        url: project.url,
        startDate: project.start,
        endDate: project.end,
      })),
      ...eventProjects(profile.events),
      ...caseStudyProjects(caseStudies),
    ]),
    references: nonEmpty(
      profile.testimonials.map((testimonial) => ({
        name: testimonial.person,
        reference: testimonial.quote,
        role: testimonial.role,
        url: testimonial.url,
      })),
    ),
    meta: { canonical: resumeUrl },
  };
}
