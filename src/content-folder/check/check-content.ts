import path from 'node:path';
import type { z } from 'astro/zod';
import { ApplicationSchema } from '../../schemas/application.ts';
import { createCaseStudySchema } from '../../schemas/case-study.ts';
import { createPostSchema } from '../../schemas/post.ts';
import { createProfileSchema } from '../../schemas/profile.ts';
import type { ImageFieldFactory } from '../../schemas/shared.ts';
import type { FileFieldFactory } from '../../schemas/chart.ts';
import { collectionDir, collectionFiles, COLLECTION_LAYOUT, SITE_SETTINGS_FILE } from '../layout.ts';
import { entryId } from '../../lib/entry-id.ts';
import { readEntryFile, type EntryFileRead } from '../entry-file.ts';
import { entryAddressProblems, tagAddressProblems } from './entry-addresses.ts';
import { readSiteSettings } from '../site-settings.ts';
import { LANGUAGE_FILE_PROBLEMS } from '../../translations/index.ts';
import { checkCaseStudyFiles } from './case-study-files.ts';
import { bodyImageReferences } from '../../lib/markdown/body-images.ts';
import { fileReferenceSchema, imagePathProblem, imageReferenceSchema, linkedEntryProblem } from './image-reference.ts';
import { describeIssues, knownKeysAt, type ContentProblem } from '../../lib/content-problems.ts';
import { closestName, quoteValue } from '../../schemas/messages.ts';
import { slugify } from '../../lib/slug.ts';

type SchemaFactory = (image: ImageFieldFactory, file: FileFieldFactory) => z.ZodType;

const SCHEMAS: Record<keyof typeof COLLECTION_LAYOUT, SchemaFactory> = {
  profile: createProfileSchema,
  caseStudies: (_image, file) => createCaseStudySchema(file),
  posts: createPostSchema,
  applications: () => ApplicationSchema,
};

/**
 * Issues in the order of the schema's fields, and of list items by number, whatever order zod found
 * them in. Image fields are checked asynchronously and zod lists their issues as the checks finish,
 * so the same file would otherwise be reported in another order from run to run. Issues about a
 * field as a whole (an unknown key, a rule across its parts) stay after those of its parts, as zod
 * reports them; issues at one place keep their order.
 */
export function inSchemaOrder(issues: readonly z.core.$ZodIssue[], schema: z.ZodType): z.core.$ZodIssue[] {
  const rank = (issuePath: readonly PropertyKey[]) =>
    issuePath.map((key, index) => {
      if (typeof key === 'number') return key;
      const known = knownKeysAt(schema, issuePath.slice(0, index));
      return known.includes(String(key)) ? known.indexOf(String(key)) : known.length;
    });
  const ranks = new Map(issues.map((issue) => [issue, rank(issue.path)]));
  return [...issues].sort((a, b) => {
    const [left, right] = [ranks.get(a)!, ranks.get(b)!];
    for (let index = 0; index < Math.min(left.length, right.length); index++) {
      if (left[index] !== right[index]) return left[index]! - right[index]!;
    }
    return right.length - left.length;
  });
}

/**
 * The id Astro's glob loader gives an entry, which is its address (lib/entry-id.ts, which
 * content.config.ts passes to the loaders): `case-studies/Launch_2024/index.md` is `launch_2024`.
 */
export function entrySlug(file: string, data: Record<string, unknown>, collectionDir: string): string {
  return entryId(path.relative(collectionDir, file).split(path.sep).join('/'), data);
}

/**
 * The slug of every entry of a collection, with its file. An entry whose frontmatter cannot be
 * read still has one (from its file or folder name): checkContent explains what is wrong with it.
 */
export function readSlugs(contentDir: string, collection: keyof typeof COLLECTION_LAYOUT): { file: string; slug: string }[] {
  return collectionFiles(contentDir, collection).map((file) => ({
    file,
    slug: entrySlug(file, readEntryFile(file).data ?? {}, collectionDir(contentDir, collection)),
  }));
}

/**
 * Validates one Markdown file of a collection and the files it points at; returns its problems
 * (none when it is valid). `read` is the file's frontmatter when the caller has read it already.
 */
export async function checkEntry(
  file: string,
  collection: keyof typeof COLLECTION_LAYOUT,
  contentDir: string,
  read: EntryFileRead = readEntryFile(file),
): Promise<ContentProblem[]> {
  if (read.error !== undefined) {
    return [{ file, field: '', message: read.error }];
  }
  const { data } = read;
  const fileField = fileReferenceSchema(file, contentDir);
  const schema = SCHEMAS[collection](imageReferenceSchema(file, contentDir), fileField);
  const result = await schema.safeParseAsync(data);
  const problems = result.success
    ? []
    : describeIssues(file, inSchemaOrder(result.error.issues, schema), (issuePath) => knownKeysAt(schema, issuePath));
  if (collection === 'caseStudies') problems.push(...(await checkCaseStudyFiles(file, data, read.body, fileField)));
  problems.push(...bodyImageProblems(file, read.body, contentDir));
  return problems;
}

/**
 * Images in a body follow the rules of image fields: inside the content folder (no link to a file
 * elsewhere), an image format Commfolio publishes, nothing from other sites (the site loads nothing
 * from them, and the sanitiser drops such images).
 */
function bodyImageProblems(file: string, body: string, contentDir: string): ContentProblem[] {
  return bodyImageReferences(body).flatMap((reference) => {
    const problem = imagePathProblem(reference, file, contentDir);
    return problem ? [{ file, field: 'body', message: `the image ${problem}` }] : [];
  });
}

/** Every `translationOf` must name another entry of the same collection. */
function checkTranslationLinks(
  entries: { file: string; data?: Record<string, unknown>; id: string }[],
  slugs: Set<string>,
): ContentProblem[] {
  return entries.flatMap(({ file, data = {}, id }) => {
    const target = typeof data.translationOf === 'string' ? data.translationOf.normalize('NFC') : undefined;
    if (target === undefined || slugs.has(target)) return [];
    // The original is another entry: the title written instead of its slug, or a slug with a typo.
    const others = [...slugs].filter((slug) => slug !== id);
    const meant = others.find((slug) => slug === slugify(target)) ?? closestName(target, others);
    const advice = meant
      ? `Did you mean ${meant}? Write the slug of the original: its file or folder name.`
      : `Write the slug of the original: its file or folder name${others.length > 0 ? `, e.g. ${others.slice(0, 2).join(' or ')}` : ''}.`;
    return [{ file, field: 'translationOf', message: `${quoteValue(target)} is not the slug of another entry here. ${advice}` }];
  });
}

/** Every case study and post an application lists must exist. */
function checkApplicationReferences(applications: EntryFileRead[], slugsByCollection: Map<string, Set<string>>): ContentProblem[] {
  return applications.flatMap(({ file, data = {} }) =>
    (['caseStudies', 'posts'] as const).flatMap((field) => {
      const known = slugsByCollection.get(field) ?? new Set<string>();
      const listed = Array.isArray(data[field]) ? (data[field] as unknown[]) : [];
      return listed.flatMap((slug, index) =>
        typeof slug === 'string' && !known.has(slug.normalize('NFC'))
          ? [
              {
                file,
                field: `${field}[${index}]`,
                message: `${quoteValue(slug)} is not the slug of any ${field === 'posts' ? 'post' : 'case study'}. Use one of: ${[...known].join(', ') || '(none yet)'}.`,
              },
            ]
          : [],
      );
    }),
  );
}

/** `favicon: photo` in site.yaml needs a photo in the main profile. */
function checkPhotoFavicon(profiles: EntryFileRead[], contentDir: string): ContentProblem[] {
  const main = profiles.find(({ data }) => data && !data.language) ?? profiles[0];
  if (!main?.data || main.data.photo) return [];
  return [
    {
      file: path.join(contentDir, SITE_SETTINGS_FILE),
      field: 'favicon',
      message: `is photo, but ${path.basename(main.file)} has no photo. Add photo: { file: ./photo.jpg, alt: "..." } to it, or write favicon: initials.`,
    },
  ];
}

/** An entry as the check read it: its file, frontmatter (dates as WrittenDate) and body. */
export type ReadEntry = { file: string; data: Record<string, unknown>; body: string };

/** What a check of the content folder found: every problem, and the entries it could read, by collection. */
export interface ContentInspection {
  problems: ContentProblem[];
  entries: Record<keyof typeof COLLECTION_LAYOUT, ReadEntry[]>;
}

/**
 * Checks the whole content folder — site settings, profile, case studies and posts — and returns
 * every problem found, so that one run reports all broken entries rather than the first, with the
 * entries as read (`npm run check` reviews them without reading the files again). Problems in the
 * interface text (src/translations/, where a translator adds a language) come first.
 */
export async function inspectContent(contentDir: string, environment: Record<string, string | undefined> = {}): Promise<ContentInspection> {
  const site = readSiteSettings(contentDir, environment);
  const problems: ContentProblem[] = [
    ...LANGUAGE_FILE_PROBLEMS.map((problem) => ({ file: path.resolve(problem.file), field: problem.key, message: problem.message })),
    ...site.problems,
  ];
  const slugsByCollection = new Map<string, Set<string>>();
  const entries = {} as ContentInspection['entries'];
  let applications: EntryFileRead[] = [];
  // Each file is read and its frontmatter parsed once, for its own check and the cross-references.
  for (const collection of Object.keys(COLLECTION_LAYOUT) as (keyof typeof COLLECTION_LAYOUT)[]) {
    const files = collectionFiles(contentDir, collection);
    const linked = files.flatMap((file) => {
      const message = linkedEntryProblem(file, contentDir);
      return message ? [{ file, field: '', message }] : [];
    });
    problems.push(...linked);
    const reads = files.filter((file) => !linked.some((problem) => problem.file === file)).map(readEntryFile);
    if (collection === 'profile' && files.length === 0) {
      problems.push({
        file: path.join(contentDir, 'profile.md'),
        field: '',
        message:
          'is missing. Create profile.md in the content folder with at least name: and headline: between --- lines (or import one: npm run import -- resume resume.json).',
      });
    }
    for (const read of reads) problems.push(...(await checkEntry(read.file, collection, contentDir, read)));
    const folder = collectionDir(contentDir, collection);
    const addresses = reads.map(({ file, data }) => ({ file, data, id: entrySlug(file, data ?? {}, folder) }));
    // An entry whose frontmatter cannot be read is known by its file name, but its address is not known yet.
    problems.push(
      ...entryAddressProblems(
        collection,
        addresses.filter(({ data }) => data),
        contentDir,
      ),
    );
    if (collection === 'posts') problems.push(...tagAddressProblems(addresses, contentDir));
    const slugs = new Set(addresses.map(({ id }) => id));
    problems.push(...checkTranslationLinks(addresses, slugs));
    slugsByCollection.set(collection, slugs);
    entries[collection] = reads.flatMap((read) => (read.error === undefined ? [read] : []));
    if (collection === 'applications') applications = reads;
    if (collection === 'profile' && site.settings?.favicon === 'photo') problems.push(...checkPhotoFavicon(reads, contentDir));
  }
  problems.push(...checkApplicationReferences(applications, slugsByCollection));
  return { problems, entries };
}

/** Every problem of the content folder (see inspectContent); none when it builds. */
export async function checkContent(contentDir: string, environment: Record<string, string | undefined> = {}): Promise<ContentProblem[]> {
  return (await inspectContent(contentDir, environment)).problems;
}
