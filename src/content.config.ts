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
const base = (folder: string) => pathToFileURL(path.join(contentDir, folder) + path.sep).href;
// Ids (addresses) follow lib/entry-id.ts, which the content check uses too.
const generateId = ({ entry, data }: { entry: string; data: Record<string, unknown> }) => entryId(entry, data);

export const collections = {
  profile: defineCollection({
    loader: glob({ base: base(COLLECTION_LAYOUT.profile.base), pattern: COLLECTION_LAYOUT.profile.pattern, generateId }),
    schema: ({ image }) => createProfileSchema(image),
  }),
  caseStudies: defineCollection({
    loader: glob({ base: base(COLLECTION_LAYOUT.caseStudies.base), pattern: COLLECTION_LAYOUT.caseStudies.pattern, generateId }),
    schema: () => createCaseStudySchema(),
  }),
  posts: defineCollection({
    loader: glob({ base: base(COLLECTION_LAYOUT.posts.base), pattern: COLLECTION_LAYOUT.posts.pattern, generateId }),
    schema: ({ image }) => createPostSchema(image),
  }),
  applications: defineCollection({
    // Optional: without entries, an empty inline loader (the glob loader would warn on every build).
    loader: hasEntries(contentDir, 'applications')
      ? glob({ base: base(COLLECTION_LAYOUT.applications.base), pattern: COLLECTION_LAYOUT.applications.pattern, generateId })
      : () => [],
    schema: ApplicationSchema,
  }),
};
