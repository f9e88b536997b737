/**
 * The text of a draft blog post written by an importer (LinkedIn articles, threads from X): a
 * header of YAML comments saying where it came from and what to check, the frontmatter the post
 * schema asks for, and the Markdown body. Frontmatter is written as YAML 1.1 so that dates and
 * words such as "yes" stay text for both YAML readers (see profile-file.ts).
 */
import { Document } from 'yaml';

/** A post an importer made, before it becomes a file. */
export interface ImportedPost {
  /** The file name's slug (the post's address), from the title. */
  slug: string;
  title: string;
  /** One sentence for listings and link previews. */
  description: string;
  /** YYYY-MM-DD. */
  publishedAt: string;
  /** The Markdown body. */
  body: string;
  /** Lines for the header: where the post came from, images that were not copied, what to check. */
  notes: string[];
}

const LONGEST_DESCRIPTION = 160;

/** The first sentence (or the first 160 characters, cut at a word) of a text, for `description`. */
export function descriptionOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const sentence = /^.{20,}?[.!?。！？।](?=\s|$)/u.exec(flat)?.[0] ?? flat;
  if ([...sentence].length <= LONGEST_DESCRIPTION) return sentence;
  const cut = [...sentence].slice(0, LONGEST_DESCRIPTION - 1).join('');
  return `${cut.slice(0, cut.lastIndexOf(' ') > 80 ? cut.lastIndexOf(' ') : cut.length).replace(/[\s,;:]+$/, '')}…`;
}

/** A post file's text: the header, the frontmatter (a draft), and the body. */
export function postFileText(post: ImportedPost): string {
  const document = new Document(
    { title: post.title, description: post.description, publishedAt: post.publishedAt, draft: true },
    { version: '1.1' },
  );
  document.commentBefore = [
    ...post.notes,
    'This post is a draft: it shows in npm run dev and is left out of the published site until you',
    'change draft: true to draft: false. Read it through first.',
  ]
    .map((line) => ` ${line.replace(/\s+/g, ' ')}`)
    .join('\n');
  return `---\n${document.toString({ lineWidth: 0 })}---\n\n${post.body.trim()}\n`;
}
