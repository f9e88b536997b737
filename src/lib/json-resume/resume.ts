/**
 * The parts of a JSON Resume (https://jsonresume.org/schema, version 1.0) that Commfolio writes.
 * Dates are ISO 8601 partial dates: YYYY, YYYY-MM or YYYY-MM-DD. Every object in the schema allows
 * extra properties; Commfolio adds a few (`url` on awards and references, `role` on references,
 * `location` on events) where its profile holds something the schema has no field for.
 */
export interface JsonResume {
  $schema?: string;
  basics: {
    name: string;
    label: string;
    image?: string;
    email?: string;
    url?: string;
    summary?: string;
    location?: { address?: string; postalCode?: string; city?: string; region?: string; countryCode?: string };
    profiles?: { network: string; username?: string; url: string }[];
  };
  work?: { name: string; position: string; location?: string; startDate: string; endDate?: string; summary?: string }[];
  education?: { institution: string; studyType?: string; area?: string; endDate: string; url?: string }[];
  certificates?: { name: string; issuer: string; date: string; url?: string }[];
  awards?: { title: string; awarder: string; date: string; url?: string }[];
  skills?: { name: string; keywords?: string[] }[];
  languages?: { language: string; fluency?: string }[];
  projects?: ResumeProject[];
  references?: { name: string; reference: string; role?: string; url?: string }[];
  meta?: { canonical?: string };
}

/** A JSON Resume project: an own project, a talk or event, or a case study. */
export interface ResumeProject {
  name: string;
  description?: string;
  highlights?: string[];
  keywords?: string[];
  startDate?: string;
  endDate?: string;
  url?: string;
  roles?: string[];
  entity?: string;
  type?: string;
  location?: string;
}

/** The schema URL written as `$schema`, so editors and validators know what the file is. */
export const JSON_RESUME_SCHEMA_URL = 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json';
