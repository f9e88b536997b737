/**
 * A LinkedIn article, as the export keeps it (Articles/Articles/<name>.html: a <title>, a cover
 * <img>, an <h1> linking to the article on linkedin.com/pulse, "Created on" and "Published on"
 * lines, then the text), as a draft blog post. The HTML becomes Markdown with turndown, the
 * maintained HTML-to-Markdown converter. Images stay on LinkedIn: each is listed in the post's
 * header for the author to download, never fetched, and never linked from the page (the site makes
 * no request to other sites). Text that looks like HTML is escaped, so it shows as written.
 */
import TurndownService from 'turndown';
import { slugify } from '../../slug.ts';
import { escapeMarkdownText } from '../markdown-text.ts';
import { descriptionOf, type ImportedPost } from '../post-file.ts';
import { decodeEntities } from '../entities.ts';

/** An article converted, or why it could not be. */
export type ArticleResult = { post: ImportedPost; images: string[]; note?: string } | { problem: string };

/** Elements whose content is never part of the article's text. */
const REMOVED = [
  'head',
  'title',
  'style',
  'script',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'form',
  'button',
  'input',
  'select',
  'textarea',
  'video',
  'audio',
] as const;

const isWebAddress = (url: string | null | undefined): url is string => Boolean(url && /^https?:\/\/[^\s]+$/i.test(url));

/** The text between the first <tag ...> and its closing tag, if any. */
const firstElement = (html: string, tag: string, attributes = '') =>
  new RegExp(`<${tag}\\b${attributes}[^>]*>([\\s\\S]*?)</${tag}>`, 'i').exec(html);
const plainText = (html: string) =>
  decodeEntities(html.replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();

/** A converter that records the images it meets and leaves a marker where each was. */
function createConverter(images: string[]) {
  const service = new TurndownService({
    headingStyle: 'atx',
    codeBlockStyle: 'fenced',
    bulletListMarker: '-',
    emDelimiter: '_',
    hr: '---',
  });
  service.remove([...REMOVED]);
  service.escape = escapeMarkdownText;
  service.addRule('image', {
    filter: 'img',
    replacement: (_content, node) => {
      const element = node as HTMLElement;
      const source = element.getAttribute('src');
      if (!isWebAddress(source)) return '';
      images.push(`${source}${element.getAttribute('alt') ? ` (${element.getAttribute('alt')!.replace(/\s+/g, ' ')})` : ''}`);
      return `\n\n<!-- Image ${images.length} was not copied from LinkedIn: see the list at the top of this file. -->\n\n`;
    },
  });
  service.addRule('link', {
    filter: (node) => node.nodeName === 'A',
    replacement: (content, node) => {
      const href = (node as HTMLElement).getAttribute('href');
      return isWebAddress(href) && content.trim() ? `[${content}](${href.replace(/[()\s]/g, encodeURIComponent)})` : content;
    },
  });
  // The page shows the title as its only level-one heading; headings in the text start at level two.
  service.addRule('heading', {
    filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
    replacement: (content, node) =>
      `\n\n${'#'.repeat(Math.min(6, Math.max(2, Number(node.nodeName[1]))))} ${content.replace(/\s+/g, ' ').trim()}\n\n`,
  });
  return service;
}

/** Converts one article file (`file` names it in messages); `usedSlugs` keeps two articles from sharing a file name. */
export function importLinkedInArticle(html: string, file: string, usedSlugs: Set<string>): ArticleResult {
  const body = firstElement(html, 'body')?.[1] ?? html;
  const heading = firstElement(body, 'h1');
  const title = plainText(firstElement(html, 'title')?.[1] ?? heading?.[1] ?? '');
  if (!title) return { problem: `${file} has no title (no <title> or <h1>); it does not look like an article from LinkedIn's export.` };
  const address = heading && /<a\b[^>]*href="([^"]+)"/i.exec(heading[1]!)?.[1];
  const published = /class="published"[^>]*>\s*Published on (\d{4}-\d{2}-\d{2})/i.exec(body)?.[1];
  const created = /class="created"[^>]*>\s*Created on (\d{4}-\d{2}-\d{2})/i.exec(body)?.[1];
  const date = published ?? created;
  if (!date)
    return {
      problem: `${file} has no "Published on" or "Created on" date; a post needs one. Add a line <p class="published">Published on YYYY-MM-DD</p> to the file, or leave the file out.`,
    };

  const text = body.replace(heading?.[0] ?? '', '').replace(/<p\b[^>]*class="(created|published)"[^>]*>[\s\S]*?<\/p>/gi, '');
  const images: string[] = [];
  const markdown = createConverter(images)
    .turndown(text)
    .replace(/[ \t]+$/gm, '')
    .trim();
  const original = address && isWebAddress(decodeEntities(address)) ? decodeEntities(address) : undefined;
  const base = slugify(title) || `linkedin-article-${date}`;
  let slug = base;
  for (let count = 2; usedSlugs.has(slug); count += 1) slug = `${base}-${count}`;
  usedSlugs.add(slug);
  const notes = [
    `Imported from your LinkedIn article ${file} by npm run import -- linkedin.`,
    ...(original ? [`It was first published at ${original}`] : []),
    ...(published ? [] : ['It was never published on LinkedIn: publishedAt is the day you created it.']),
    ...(images.length > 0
      ? [
          'Images stay on LinkedIn and were not copied. Download each, put it beside this file, and put',
          '![what it shows](./file-name.jpg) where the text says "Image N was not copied":',
          ...images.map((image, index) => `  ${index + 1}. ${image}`),
        ]
      : []),
  ];
  const footer = original ? `\n\n_First published on [LinkedIn](${original})._` : '';
  return {
    post: {
      slug,
      title,
      description: descriptionOf(plainText(text.replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1>/gi, ''))) || title,
      publishedAt: date,
      body: `${markdown}${footer}`,
      notes,
    },
    images,
    ...(published ? {} : { note: 'was never published on LinkedIn; its date is the day you created it.' }),
  };
}
