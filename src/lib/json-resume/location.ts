/**
 * The profile's one-line location ↔ JSON Resume's `basics.location`. The profile keeps a line of
 * text such as "Tallinn, Harju County, EE"; JSON Resume splits it into city, region and an
 * ISO 3166-1 alpha-2 country code.
 */

/** JSON Resume's location fields that Commfolio keeps. */
export interface ResumeLocation {
  city?: string;
  region?: string;
  countryCode?: string;
}

/** The location line written from JSON Resume's city, region and country code, joined with ", ". */
export function locationLine({ city, region, countryCode }: ResumeLocation): string | undefined {
  const parts = [city, region, countryCode].map((part) => part?.trim()).filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : undefined;
}

/**
 * A location line split back: a last part of two capital letters is the country code, the first
 * part the city, and whatever is between them the region ("Pune, India (remote)" → city Pune,
 * region "India (remote)").
 */
export function resumeLocation(line: string): ResumeLocation {
  const parts = line
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  const countryCode = /^[A-Z]{2}$/.test(parts.at(-1) ?? '') ? parts.pop() : undefined;
  const [city, ...region] = parts;
  return { ...(city && { city }), ...(region.length > 0 && { region: region.join(', ') }), ...(countryCode && { countryCode }) };
}
