/**
 * Checks that every entry and every tag gets an address of its own. Astro keeps one entry per id
 * and one page per path, so two entries at one address would build with only a warning and one of
 * them missing; a tag whose address is empty would link to /blog/tags//.
 */
import path from 'node:path';
import { entryIdProblem } from '../../lib/entry-id.ts';
import { slugify } from '../../lib/slug.ts';
import { type ContentProblem } from '../../lib/content-problems.ts';
import { quoteValue } from '../../schemas/messages.ts';
import type { COLLECTION_LAYOUT } from '../layout.ts';

/** An entry's file, its frontmatter as written (when readable) and its id. */
export interface EntryAddress {
  file: string;
  data?: Record<string, unknown>;
  id: string;
}

/** Where a collection's entries are published, for messages (the default language's section). */
const ROUTES: Record<keyof typeof COLLECTION_LAYOUT, string | undefined> = {
  profile: undefined,
  caseStudies: '/case-studies/',
  posts: '/blog/',
  applications: '/apply/',
};

/** Addresses that a page of the site already uses, by collection: /blog/tags/ lists the tags. */
const TAKEN: Partial<Record<keyof typeof COLLECTION_LAYOUT, Record<string, string>>> = {
  posts: { tags: 'the list of tags' },
};

/** Problems with the addresses of one collection's entries: empty, too long, taken, or shared. */
export function entryAddressProblems(
  collection: keyof typeof COLLECTION_LAYOUT,
  entries: readonly EntryAddress[],
  contentDir: string,
): ContentProblem[] {
  const shown = (file: string) => path.relative(contentDir, file);
  const where = (id: string) => (ROUTES[collection] ? `${ROUTES[collection]}${id}/` : `"${id}"`);
  const fix = (entry: EntryAddress) =>
    entry.data?.slug
      ? 'Write another address in its slug: field.'
      : 'Rename the file (or its folder), or give it another address with a slug: field.';
  const field = (entry: EntryAddress) => (entry.data?.slug ? 'slug' : '');
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    const problem = entryIdProblem(entry.id);
    if (problem)
      problems.push({
        file: entry.file,
        field: field(entry),
        message: `its address ${quoteValue(entry.id)} is ${problem === 'empty' ? 'empty: its name has no letter or digit' : problem}. ${fix(entry)}`,
      });
    const taken = TAKEN[collection]?.[entry.id];
    if (taken)
      problems.push({
        file: entry.file,
        field: field(entry),
        message: `its address ${where(entry.id)} is the address of ${taken}, so this entry would never be shown. ${fix(entry)}`,
      });
  }
  for (const [id, sharing] of Map.groupBy(entries, (entry) => entry.id)) {
    if (sharing.length < 2 || id === '') continue;
    for (const entry of sharing) {
      const others = sharing
        .filter((other) => other !== entry)
        .map((other) => shown(other.file))
        .join(' and ');
      problems.push({
        file: entry.file,
        field: field(entry),
        message: `has the same address as ${others}: both would be published at ${where(id)}, and only one of them would appear. ${fix(entry)}`,
      });
    }
  }
  return problems;
}

/** How a tag is spelt, ignoring capitals, spaces, hyphens and underscores: "Social media" and "social-media" are one tag. */
const spelling = (tag: string) =>
  tag
    .normalize('NFC')
    .toLowerCase()
    .trim()
    .replace(/[\s_-]+/g, '-');

/**
 * Problems with posts' tags: a tag without a letter or digit has no address, and tags that differ
 * by more than capitals and spacing but share an address ("C#" and "C++" are both /blog/tags/c/)
 * would share one page.
 */
export function tagAddressProblems(posts: readonly EntryAddress[], contentDir: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const firstByAddress = new Map<string, { tag: string; file: string }>();
  for (const { file, data } of posts) {
    const tags = Array.isArray(data?.tags) ? data.tags : [];
    tags.forEach((tag, index) => {
      if (typeof tag !== 'string' || tag.trim() === '') return;
      const address = slugify(tag);
      if (address === '') {
        problems.push({
          file,
          field: `tags[${index}]`,
          message: `${quoteValue(tag)} has no letter or digit, so its tag page would have no address. Write the tag in words.`,
        });
        return;
      }
      const first = firstByAddress.get(address);
      if (!first) firstByAddress.set(address, { tag, file });
      else if (spelling(first.tag) !== spelling(tag)) {
        const elsewhere = first.file === file ? 'in this file' : `in ${path.relative(contentDir, first.file)}`;
        problems.push({
          file,
          field: `tags[${index}]`,
          message: `${quoteValue(tag)} and ${quoteValue(first.tag)} (${elsewhere}) would share one tag page, /blog/tags/${address}/: a tag's address keeps only its letters and digits. If they are one topic, write them the same way; if not, spell one of them out in letters.`,
        });
      }
    });
  }
  return problems;
}
