/**
 * Remembers which fields of an imported JSON Resume were carried over, so that the import can
 * report every other field by its path (`work[0].highlights`), with the reason it was left out.
 */

/** One field of the JSON Resume and what happened to it. */
export interface ImportNote {
  /** Where it is in the JSON Resume, e.g. `basics.phone` or `work[1].highlights`. */
  path: string;
  /** What happened and what to do about it. */
  reason: string;
}

/** Why fields that Commfolio's profile has no place for were left out, by path with `[]` for indexes. */
const REASONS: Record<string, string> = {
  meta: 'metadata about the file; /resume.json writes its own.',
  'basics.phone': 'the profile has no phone number: the site is public, so give it to recruiters directly.',
  'basics.location.address': 'the profile keeps city, region and country only: a street address does not belong on a public site.',
  'basics.location.postalCode': 'the profile keeps city, region and country only: a postal code does not belong on a public site.',
  'work[].highlights':
    'experience has one summary per job. Work the highlights into the summary, or write a case study for the biggest one.',
  'work[].description': 'experience has no description of the organisation. Work it into the summary if it matters.',
  'work[].url': 'experience has no link to the organisation.',
  volunteer: 'the profile has no separate volunteering section. Add what matters under experience (it will be published as work).',
  'education[].startDate': 'credentials have one date, when they were awarded.',
  'education[].score': 'credentials have no grade. Add it to the title if you want it shown.',
  'education[].courses': 'credentials have no course list. Add notable courses as credentials of kind course.',
  'awards[].summary': 'credentials have no description.',
  publications: 'the profile has no publications. Link them from your bio, or write a post about each.',
  'skills[].level': 'skills have no level.',
  interests: 'the profile has no interests. Mention them in your bio.',
  'projects[].description': 'events and talks have no description: a title, the event, a role, a date, a place and a link.',
  'projects[].endDate': 'events and talks have one date, the day they happened.',
  'projects[].location': 'projects have no location.',
  'projects[].roles[]': 'an event keeps one role, the first that Commfolio knows.',
  'projects[].highlights': 'projects have a summary only. Work the highlights into it.',
  'projects[].keywords': 'projects have no keywords.',
  'projects[].roles': 'projects have no roles. Mention your role in the summary.',
  'projects[].entity': 'projects have no organisation. Mention it in the summary.',
  'projects[].type': 'projects have no type.',
};

const DEFAULT_REASON = "Commfolio's profile has no field for it.";

/** The reason a field was left out: from the table by path, else by its top-level section. */
export function reasonFor(path: string): string {
  const general = path.replace(/\[\d+\]/g, '[]');
  return REASONS[general] ?? REASONS[general.split(/[.[]/)[0]!] ?? DEFAULT_REASON;
}

/** Whether a value is a plain object. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether a value holds nothing worth reporting: null, blank text, or empty lists and objects. */
function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.every(isEmpty);
  if (isRecord(value)) return Object.values(value).every(isEmpty);
  return false;
}

/**
 * A tracker of carried-over fields, with notes about fields left out or changed on the way.
 * `reasonOf` explains a field nobody used; the default knows JSON Resume's fields (the LinkedIn
 * import passes its own).
 */
export function createFieldTracker(reasonOf: (path: string) => string = reasonFor) {
  const used = new Set<string>();
  const dropped = new Map<string, string>();
  const adjusted: ImportNote[] = [];
  const isInside = (candidate: string, path: string) =>
    path === '' || candidate === path || candidate.startsWith(`${path}.`) || candidate.startsWith(`${path}[`);

  /** The notes for fields under `path` that were not used: dropped ones, then whole unused objects and lists. */
  const notesUnder = (value: unknown, path: string): ImportNote[] => {
    const reason = dropped.get(path);
    if (reason) return [{ path, reason }];
    if (isEmpty(value) || used.has(path)) return [];
    const touched = [...used, ...dropped.keys()].some((usedPath) => isInside(usedPath, path));
    if (!touched && path !== '') return [{ path, reason: reasonOf(path) }];
    if (Array.isArray(value)) return value.flatMap((item, index) => notesUnder(item, `${path}[${index}]`));
    if (isRecord(value)) return Object.entries(value).flatMap(([key, item]) => notesUnder(item, path ? `${path}.${key}` : key));
    return [{ path, reason: reasonOf(path) }];
  };

  return {
    /** Marks fields as carried over. */
    use(...paths: string[]) {
      for (const path of paths) used.add(path);
    },
    /** Leaves a field (or a whole entry) out, saying why. */
    drop(path: string, reason: string) {
      dropped.set(path, reason);
    },
    /** Notes a field that was carried over but changed, saying how. */
    adjust(path: string, reason: string) {
      adjusted.push({ path, reason });
    },
    /** Every field of `resume` that was left out, in the order of the file, with the reason. */
    dropped(resume: unknown): ImportNote[] {
      return notesUnder(resume, '');
    },
    /** Every field that was carried over with a change. */
    adjusted(): ImportNote[] {
      return [...adjusted];
    },
  };
}

/** The tracker's type, for the section mappers that receive it. */
export type FieldTracker = ReturnType<typeof createFieldTracker>;

/** Removes undefined values and empty lists, so that an imported profile.md holds only what the source had. */
export function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(compact);
  if (!isRecord(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, item]) => item !== undefined && !(Array.isArray(item) && item.length === 0))
      .map(([key, item]) => [key, compact(item)]),
  );
}
