/**
 * A thread of your own posts on X as a draft blog post: the posts in order, long posts in full
 * (from note-tweet.js), t.co links expanded to the addresses they lead to, and pictures listed for
 * the author to download (never fetched, never linked from the page).
 */
import { slugify } from '../../slug.ts';
import { escapeMarkdownText } from '../markdown-text.ts';
import { descriptionOf, type ImportedPost } from '../post-file.ts';
import { fullTextOf, type ArchivePost, type NotePost, type PostLink } from './tweets.ts';

/** The posts of the thread that `id` belongs to, first to last: up through the posts it replies to, then down through the replies to itself. */
export function threadOf(id: string, posts: readonly ArchivePost[]): ArchivePost[] {
  const byId = new Map(posts.map((post) => [post.id, post]));
  let first = byId.get(id);
  if (!first) return [];
  while (first.replyTo && byId.has(first.replyTo)) first = byId.get(first.replyTo)!;
  const thread = [first];
  for (;;) {
    const next = posts.filter((post) => post.replyTo === thread.at(-1)!.id).sort((a, b) => a.postedAt.getTime() - b.postedAt.getTime())[0];
    if (!next || thread.includes(next)) return thread;
    thread.push(next);
  }
}

/** A post's text as Markdown: escaped, each t.co link replaced by a link to where it leads, pictures' links removed. */
function postMarkdown(post: ArchivePost, note: NotePost | undefined): string {
  const links: PostLink[] = [...post.links, ...(note?.links ?? [])];
  let text = note?.text ?? post.text;
  for (const media of post.media) text = text.split(media.short).join('');
  const pieces = text.trim().split(/(https:\/\/t\.co\/\w+)/);
  return pieces
    .map((piece, index) => {
      if (index % 2 === 0)
        return piece
          .split(/[ \t]*\n+[ \t]*/)
          .map(escapeMarkdownText)
          .join('\n\n');
      const link = links.find((candidate) => candidate.short === piece);
      return link && /^https?:\/\//.test(link.expanded)
        ? `[${escapeMarkdownText(link.display)}](${link.expanded.replace(/[()\s]/g, encodeURIComponent)})`
        : piece;
    })
    .join('')
    .trim();
}

/** The draft post for the thread `id` starts or belongs to, or why there is none. */
export function threadPost(
  id: string,
  posts: readonly ArchivePost[],
  notes: readonly NotePost[],
  usedSlugs: Set<string>,
  timeZone = 'UTC',
): { post: ImportedPost; images: string[] } | { problem: string } {
  const thread = threadOf(id, posts);
  if (thread.length === 0)
    return {
      problem: `--thread ${id}: the archive has no post with that id. The id is the number at the end of the post's address (x.com/you/status/<id>).`,
    };
  const [first] = thread;
  if (first!.isRepost) return { problem: `--thread ${id} is a repost of someone else's post; only your own posts become blog posts.` };
  const paragraphs = thread.map((post) => postMarkdown(post, fullTextOf(post, notes)));
  const images = thread.flatMap((post) =>
    post.media.map((media) => `${media.source}${media.alt ? ` (${media.alt.replace(/\s+/g, ' ')})` : ''}`),
  );
  const plain = (note: NotePost | undefined, post: ArchivePost) =>
    (note?.text ?? post.text)
      .replace(/https:\/\/t\.co\/\w+/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  const opening = plain(fullTextOf(first!, notes), first!);
  const title =
    descriptionOf(opening.split(/(?<=[.!?।。])\s/u)[0] ?? opening).slice(0, 90) ||
    `Thread of ${first!.postedAt.toISOString().slice(0, 10)}`;
  const publishedAt = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    first!.postedAt,
  );
  const base = slugify(title) || `thread-${first!.id}`;
  let slug = base;
  for (let count = 2; usedSlugs.has(slug); count += 1) slug = `${base}-${count}`;
  usedSlugs.add(slug);
  const notesForHeader = [
    `Imported from your thread on X (${thread.length} post${thread.length === 1 ? '' : 's'}, first ${first!.id}) by npm run import -- x.`,
    "The title is the thread's first sentence: make it a headline.",
    ...(images.length > 0
      ? [
          'Pictures stay on X and were not copied. Download each, put it beside this file and add ![what it shows](./file-name.jpg):',
          ...images.map((image, index) => `  ${index + 1}. ${image}`),
        ]
      : []),
  ];
  return {
    post: { slug, title, description: descriptionOf(opening) || title, publishedAt, body: paragraphs.join('\n\n'), notes: notesForHeader },
    images,
  };
}
