import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ApplicationSchema } from './schemas/application.ts';
import { createCaseStudySchema } from './schemas/case-study.ts';
import { createPostSchema } from './schemas/post.ts';
import { createProfileSchema } from './schemas/profile.ts';
import { contentDir } from 'virtual:commfolio/build';
import { COLLECTION_LAYOUT, hasEntries } from './content-folder/layout.ts';
import { entryId } from './lib/entry-id.ts';
import { loadableWhileBroken } from './integrations/content-check/preview-loader.ts';
const base = (folder: string) => pathToFileURL(path.join(contentDir, folder) + path.sep).href;
// Ids (addresses) follow lib/entry-id.ts, which the content check uses too.
const generateId = ({ entry, data }: { entry: string; data: Record<string, unknown> }) => entryId(entry, data);
/** Astro's glob loader, kept going by `npm run dev` while the folder has problems (it shows them). */
const files = (collection: keyof typeof COLLECTION_LAYOUT) =>
  loadableWhileBroken(glob({ base: base(COLLECTION_LAYOUT[collection].base), pattern: COLLECTION_LAYOUT[collection].pattern, generateId }));

export const collections = {
  profile: defineCollection({
    loader: files('profile'),
    schema: ({ image }) => createProfileSchema(image),
  }),
  caseStudies: defineCollection({
    loader: files('caseStudies'),
    schema: () => createCaseStudySchema(),
  }),
  posts: defineCollection({
    loader: files('posts'),
    schema: ({ image }) => createPostSchema(image),
  }),
  applications: defineCollection({
    // Optional: without entries, an empty inline loader (the glob loader would warn on every build).
    loader: hasEntries(contentDir, 'applications') ? files('applications') : () => [],
    schema: ApplicationSchema,
  }),
};
