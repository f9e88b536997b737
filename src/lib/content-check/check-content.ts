import { readFileSync } from 'node:fs';
import path from 'node:path';
import { glob, globSync } from 'tinyglobby';
import type { z } from 'astro/zod';
import { ApplicationSchema } from '../../schemas/application.ts';
import { createCaseStudySchema } from '../../schemas/case-study.ts';
import { createPostSchema } from '../../schemas/post.ts';
import { createProfileSchema } from '../../schemas/profile.ts';
import type { ImageFieldFactory } from '../../schemas/shared.ts';
import type { FileFieldFactory } from '../../schemas/chart.ts';
import { COLLECTION_LAYOUT } from '../content-layout.ts';
import { parseFrontmatter } from '../frontmatter.ts';
import { slugify } from '../slug.ts';
import { readSiteSettings } from '../site-settings.ts';
import { checkCaseStudyFiles } from './case-study-files.ts';
import { fileReferenceSchema, imageReferenceSchema } from './image-reference.ts';
import { describeIssues, type ContentProblem } from './problems.ts';

type SchemaFactory = (image: ImageFieldFactory, file: FileFieldFactory) => z.ZodType;

const SCHEMAS: Record<keyof typeof COLLECTION_LAYOUT, SchemaFactory> = {
  profile: createProfileSchema,
  caseStudies: createCaseStudySchema,
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

/** The slug Astro gives an entry: its `slug` field, else the file (or, for index files, folder) name. */
export function entrySlug(file: string, data: Record<string, unknown>): string {
  if (typeof data.slug === 'string') return data.slug;
  const name = path.basename(file).replace(/\.(md|mdx)$/, '');
  return slugify(name === 'index' ? path.basename(path.dirname(file)) : name);
}

/** The entries of a collection as written: file, frontmatter and body (for scripts such as the review). */
export function readEntries(contentDir: string, collection: keyof typeof COLLECTION_LAYOUT): { file: string; data: Record<string, unknown>; body: string }[] {
  const layout = COLLECTION_LAYOUT[collection];
  return globSync(layout.pattern, { cwd: path.join(contentDir, layout.base), absolute: true })
    .sort()
    .map((file) => ({ file, ...parseFrontmatter(readFileSync(file, 'utf8')) }));
}

/** Reads a file's frontmatter, or undefined when it cannot be read (checkEntry reports why). */
function readData(file: string): Record<string, unknown> | undefined {
  try {
    return parseFrontmatter(readFileSync(file, 'utf8')).data;
  } catch {
    return undefined;
  }
}

/** Validates one Markdown file of a collection and the files it points at; returns its problems (none when it is valid). */
export async function checkEntry(file: string, collection: keyof typeof COLLECTION_LAYOUT, contentDir: string): Promise<ContentProblem[]> {
  let data: Record<string, unknown>;
  try {
    data = parseFrontmatter(readFileSync(file, 'utf8')).data;
  } catch (error) {
    return [{ file, field: '', message: `its frontmatter cannot be read: ${(error as Error).message.split('\n')[0]}. Check the YAML between the --- lines (indentation, quotes, colons).` }];
  }
  const fileField = fileReferenceSchema(file, contentDir);
  const schema = SCHEMAS[collection](imageReferenceSchema(file, contentDir), fileField);
  const result = await schema.safeParseAsync(data);
  const problems = result.success ? [] : describeIssues(file, result.error.issues, (issuePath) => knownKeysAt(schema, issuePath));
  if (collection === 'caseStudies') problems.push(...(await checkCaseStudyFiles(file, data, fileField)));
  return problems;
}

/** Every `translationOf` must name another entry of the same collection. */
function checkTranslationLinks(files: string[]): ContentProblem[] {
  const entries = files.map((file) => ({ file, data: readData(file) ?? {} }));
  const slugs = new Set(entries.map(({ file, data }) => entrySlug(file, data)));
  return entries.flatMap(({ file, data }) => {
    const target = data.translationOf;
    if (typeof target !== 'string' || slugs.has(target)) return [];
    return [{ file, field: 'translationOf', message: `"${target}" is not the slug of another entry here. Write the slug of the original (its file or folder name), e.g. ${[...slugs].slice(0, 2).join(' or ')}.` }];
  });
}

/** Every case study and post an application lists must exist. */
function checkApplicationReferences(contentDir: string, slugsByCollection: Map<string, Set<string>>): ContentProblem[] {
  const layout = COLLECTION_LAYOUT.applications;
  const files = globSync(layout.pattern, { cwd: path.join(contentDir, layout.base), absolute: true }).sort();
  return files.flatMap((file) => {
    const data = readData(file) ?? {};
    return (['caseStudies', 'posts'] as const).flatMap((field) => {
      const known = slugsByCollection.get(field) ?? new Set<string>();
      const listed = Array.isArray(data[field]) ? (data[field] as unknown[]) : [];
      return listed.flatMap((slug, index) =>
        typeof slug === 'string' && !known.has(slug)
          ? [{ file, field: `${field}[${index}]`, message: `"${slug}" is not the slug of any ${field === 'posts' ? 'post' : 'case study'}. Use one of: ${[...known].join(', ') || '(none yet)'}.` }]
          : [],
      );
    });
  });
}

/**
 * Checks the whole content folder — site settings, profile, case studies and posts — and returns
 * every problem found, so that one run reports all broken entries rather than the first.
 */
export async function checkContent(contentDir: string, environment: Record<string, string | undefined> = {}): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [...readSiteSettings(contentDir, environment).problems];
  const slugsByCollection = new Map<string, Set<string>>();
  for (const [collection, layout] of Object.entries(COLLECTION_LAYOUT) as [keyof typeof COLLECTION_LAYOUT, (typeof COLLECTION_LAYOUT)[keyof typeof COLLECTION_LAYOUT]][]) {
    const base = path.join(contentDir, layout.base);
    const files = (await glob(layout.pattern, { cwd: base, absolute: true })).sort();
    if (collection === 'profile' && files.length === 0) {
      problems.push({ file: path.join(contentDir, 'profile.md'), field: '', message: 'is missing. Create content/profile.md with at least name and headline (npm run new -- profile writes one).' });
    }
    for (const file of files) problems.push(...(await checkEntry(file, collection, contentDir)));
    problems.push(...checkTranslationLinks(files));
    slugsByCollection.set(collection, new Set(files.map((file) => entrySlug(file, readData(file) ?? {}))));
  }
  problems.push(...checkApplicationReferences(contentDir, slugsByCollection));
  return problems;
}
