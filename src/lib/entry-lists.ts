/**
 * Lists of entries as pages show them: published or not, newest first, grouped by tag, with their
 * neighbours. Pure; src/queries/collections.ts, the one module that reads collections, applies it.
 */
import { slugify } from './slug.ts';

/** What listing logic needs from an entry: its id and the dates and flags of its frontmatter. */
export interface ListedEntry {
  id: string;
  data: { publishedAt: Date; draft: boolean; tags?: readonly string[]; featured?: boolean };
}

/** Whether an entry is shown: drafts only when `includeDrafts` (in `npm run dev`). */
export function isPublished(entry: { data: { draft: boolean } }, includeDrafts: boolean): boolean {
  return includeDrafts || !entry.data.draft;
}

/** Newest first; ties broken by id so the order is stable between builds. */
export function byNewest<Entry extends ListedEntry>(entries: readonly Entry[]): Entry[] {
  return [...entries].sort((a, b) => b.data.publishedAt.getTime() - a.data.publishedAt.getTime() || a.id.localeCompare(b.id));
}

/** A tag with its URL slug and the entries that carry it (newest first). */
export interface TagGroup<Entry> {
  name: string;
  slug: string;
  entries: Entry[];
}

/**
 * Groups entries by tag. Tags that differ only in case or punctuation ("Analytics", "analytics")
 * share one page; the first spelling met names it. Sorted by entry count, then name.
 */
export function groupByTag<Entry extends ListedEntry>(entries: readonly Entry[]): TagGroup<Entry>[] {
  const groups = new Map<string, TagGroup<Entry>>();
  for (const entry of byNewest(entries)) {
    for (const tag of entry.data.tags ?? []) {
      const slug = slugify(tag);
      if (!slug) continue;
      const group = groups.get(slug) ?? { name: tag, slug, entries: [] };
      if (!group.entries.includes(entry)) group.entries.push(entry);
      groups.set(slug, group);
    }
  }
  return [...groups.values()].sort((a, b) => b.entries.length - a.entries.length || a.name.localeCompare(b.name));
}

/** The entries before (older) and after (newer) one in a newest-first list. */
export function neighbours<Entry extends { id: string }>(
  sortedNewestFirst: readonly Entry[],
  id: string,
): { older?: Entry; newer?: Entry } {
  const index = sortedNewestFirst.findIndex((entry) => entry.id === id);
  if (index === -1) return {};
  return { newer: sortedNewestFirst[index - 1], older: sortedNewestFirst[index + 1] };
}
