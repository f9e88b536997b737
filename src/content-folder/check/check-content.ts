import { readFileSync } from 'node:fs';
import path from 'node:path';
import { slug as githubSlug } from 'github-slugger';
import type { z } from 'astro/zod';
import { ApplicationSchema } from '../../schemas/application.ts';
import { createCaseStudySchema } from '../../schemas/case-study.ts';
import { createPostSchema } from '../../schemas/post.ts';
import { createProfileSchema } from '../../schemas/profile.ts';
import type { ImageFieldFactory } from '../../schemas/shared.ts';
import type { FileFieldFactory } from '../../schemas/chart.ts';
import { collectionDir, collectionFiles, COLLECTION_LAYOUT, SITE_SETTINGS_FILE } from '../layout.ts';
import { parseFrontmatter } from '../../lib/frontmatter.ts';
import { readSiteSettings } from '../site-settings.ts';
import { LANGUAGE_FILE_PROBLEMS } from '../../translations/index.ts';
import { checkCaseStudyFiles } from './case-study-files.ts';
import { fileReferenceSchema, imageReferenceSchema, linkedEntryProblem } from './image-reference.ts';
import { describeIssues, type ContentProblem } from '../../lib/content-problems.ts';

type SchemaFactory = (image: ImageFieldFactory, file: FileFieldFactory) => z.ZodType;

const SCHEMAS: Record<keyof typeof COLLECTION_LAYOUT, SchemaFactory> = {
  profile: createProfileSchema,
  caseStudies: (_image, file) => createCaseStudySchema(file),
  posts: createPostSchema,
  applications: () => ApplicationSchema,
};

/** Field names an object schema allows at `issuePath`, found by walking the schema's shape. */
function knownKeysAt(schema: z.ZodType, issuePath: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  const unwrap = (node: unknown): unknown => {
    let inner = node as { _zod?: { def?: { innerType?: unknown; in?: unknown; element?: unknown; shape?: unknown; type?: string } } };
    while (inner?._zod?.def && !inner._zod.def.shape && (inner._zod.def.innerType || inner._zod.def.in)) {
      inner = (inner._zod.def.innerType ?? inner._zod.def.in) as typeof inner;
    }
    return inner;
  };
  for (const key of issuePath) {
    const node = unwrap(current) as { _zod: { def: { shape?: Record<string, unknown>; element?: unknown } } };
    current = typeof key === 'number' ? node?._zod?.def?.element : node?._zod?.def?.shape?.[key as string];
  }
  const shape = (unwrap(current) as { _zod?: { def?: { shape?: Record<string, unknown> } } })?._zod?.def?.shape;
  return shape ? Object.keys(shape) : [];
}

/**
 * The id Astro's glob loader gives an entry, which is its address: its `slug` field, else its path
 * in the collection's folder, each folder and file name slugged as GitHub does (as Astro does),
 * without the extension or a final `/index`: `case-studies/Launch_2024/index.md` is `launch_2024`.
 */
export function entrySlug(file: string, data: Record<string, unknown>, collectionDir: string): string {
  if (data.slug) return String(data.slug);
  const relative = path.relative(collectionDir, file).replace(/\.(md|mdx)$/, '');
  return relative.split(path.sep).map((segment) => githubSlug(segment)).join('/').replace(/\/index$/, '');
}

/** The entries of a collection as written: file, frontmatter and body (for scripts such as the review). */
export function readEntries(contentDir: string, collection: keyof typeof COLLECTION_LAYOUT): { file: string; data: Record<string, unknown>; body: string }[] {
  return collectionFiles(contentDir, collection).map((file) => ({ file, ...parseFrontmatter(readFileSync(file, 'utf8')) }));
}

/** A file's frontmatter, or why it cannot be read. */
type FrontmatterRead = { file: string; data: Record<string, unknown>; error?: undefined } | { file: string; data?: undefined; error: string };

function readFrontmatter(file: string): FrontmatterRead {
  try {
    return { file, data: parseFrontmatter(readFileSync(file, 'utf8')).data };
  } catch (error) {
    return { file, error: (error as Error).message.split('\n')[0]! };
  }
}

/**
 * The slug of every entry of a collection, with its file. An entry whose frontmatter cannot be
 * read still has one (from its file or folder name): checkContent explains what is wrong with it.
 */
export function readSlugs(contentDir: string, collection: keyof typeof COLLECTION_LAYOUT): { file: string; slug: string }[] {
  return collectionFiles(contentDir, collection).map((file) => ({ file, slug: entrySlug(file, readFrontmatter(file).data ?? {}, collectionDir(contentDir, collection)) }));
}

/**
 * Validates one Markdown file of a collection and the files it points at; returns its problems
 * (none when it is valid). `read` is the file's frontmatter when the caller has read it already.
 */
export async function checkEntry(file: string, collection: keyof typeof COLLECTION_LAYOUT, contentDir: string, read: FrontmatterRead = readFrontmatter(file)): Promise<ContentProblem[]> {
  if (read.error !== undefined) {
    return [{ file, field: '', message: `its frontmatter cannot be read: ${read.error}. Check the YAML between the --- lines (indentation, quotes, colons).` }];
  }
  const { data } = read;
  const fileField = fileReferenceSchema(file, contentDir);
  const schema = SCHEMAS[collection](imageReferenceSchema(file, contentDir), fileField);
  const result = await schema.safeParseAsync(data);
  const problems = result.success ? [] : describeIssues(file, result.error.issues, (issuePath) => knownKeysAt(schema, issuePath));
  if (collection === 'caseStudies') problems.push(...(await checkCaseStudyFiles(file, data, fileField)));
  return problems;
}

/** Every `translationOf` must name another entry of the same collection. */
function checkTranslationLinks(reads: FrontmatterRead[], slugs: Set<string>): ContentProblem[] {
  return reads.flatMap(({ file, data = {} }) => {
    const target = data.translationOf;
    if (typeof target !== 'string' || slugs.has(target)) return [];
    return [{ file, field: 'translationOf', message: `"${target}" is not the slug of another entry here. Write the slug of the original (its file or folder name), e.g. ${[...slugs].slice(0, 2).join(' or ')}.` }];
  });
}

/** Every case study and post an application lists must exist. */
function checkApplicationReferences(applications: FrontmatterRead[], slugsByCollection: Map<string, Set<string>>): ContentProblem[] {
  return applications.flatMap(({ file, data = {} }) =>
    (['caseStudies', 'posts'] as const).flatMap((field) => {
      const known = slugsByCollection.get(field) ?? new Set<string>();
      const listed = Array.isArray(data[field]) ? (data[field] as unknown[]) : [];
      return listed.flatMap((slug, index) =>
        typeof slug === 'string' && !known.has(slug)
          ? [{ file, field: `${field}[${index}]`, message: `"${slug}" is not the slug of any ${field === 'posts' ? 'post' : 'case study'}. Use one of: ${[...known].join(', ') || '(none yet)'}.` }]
          : [],
      );
    }),
  );
}

/** `favicon: photo` in site.yaml needs a photo in the main profile. */
function checkPhotoFavicon(profiles: FrontmatterRead[], contentDir: string): ContentProblem[] {
  const main = profiles.find(({ data }) => data && !data.language) ?? profiles[0];
  if (!main?.data || main.data.photo) return [];
  return [{ file: path.join(contentDir, SITE_SETTINGS_FILE), field: 'favicon', message: `is photo, but ${path.basename(main.file)} has no photo. Add photo: { file: ./photo.jpg, alt: "..." } to it, or write favicon: initials.` }];
}

/**
 * Checks the whole content folder — site settings, profile, case studies and posts — and returns
 * every problem found, so that one run reports all broken entries rather than the first. Problems
 * in the interface text (src/translations/, where a translator adds a language) come first.
 */
export async function checkContent(contentDir: string, environment: Record<string, string | undefined> = {}): Promise<ContentProblem[]> {
  const site = readSiteSettings(contentDir, environment);
  const problems: ContentProblem[] = [
    ...LANGUAGE_FILE_PROBLEMS.map((problem) => ({ file: path.resolve(problem.file), field: problem.key, message: problem.message })),
    ...site.problems,
  ];
  const slugsByCollection = new Map<string, Set<string>>();
  let applications: FrontmatterRead[] = [];
  // Each file is read and its frontmatter parsed once, for its own check and the cross-references.
  for (const collection of Object.keys(COLLECTION_LAYOUT) as (keyof typeof COLLECTION_LAYOUT)[]) {
    const files = collectionFiles(contentDir, collection);
    const linked = files.flatMap((file) => {
      const message = linkedEntryProblem(file, contentDir);
      return message ? [{ file, field: '', message }] : [];
    });
    problems.push(...linked);
    const reads = files.filter((file) => !linked.some((problem) => problem.file === file)).map(readFrontmatter);
    if (collection === 'profile' && files.length === 0) {
      problems.push({ file: path.join(contentDir, 'profile.md'), field: '', message: 'is missing. Create profile.md in the content folder with at least name: and headline: between --- lines (or import one: npm run import -- resume resume.json).' });
    }
    for (const read of reads) problems.push(...(await checkEntry(read.file, collection, contentDir, read)));
    const folder = collectionDir(contentDir, collection);
    const slugs = new Set(reads.map(({ file, data }) => entrySlug(file, data ?? {}, folder)));
    problems.push(...checkTranslationLinks(reads, slugs));
    slugsByCollection.set(collection, slugs);
    if (collection === 'applications') applications = reads;
    if (collection === 'profile' && site.settings?.favicon === 'photo') problems.push(...checkPhotoFavicon(reads, contentDir));
  }
  problems.push(...checkApplicationReferences(applications, slugsByCollection));
  return problems;
}
