/**
 * The parts of a case study's text, split at its ## headings, so a page can show a screenshot beside
 * the part it proves (`section:` on a screenshot names the heading). Pure: text in, text out.
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

type RootContent = ReturnType<typeof fromHtml>['children'][number];

/** A heading as authors name it in `section:`: case, spacing and trailing #s do not matter. */
export function sectionKey(heading: string): string {
  return heading
    .replace(/#+\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase();
}

/** The texts of the ## headings of a Markdown body (outside fenced code), in order. */
export function markdownSectionHeadings(markdown: string): string[] {
  const headings: string[] = [];
  let fence: string | undefined;
  for (const line of markdown.split(/\r?\n/)) {
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (!fence || marker.startsWith(fence))) fence = fence ? undefined : marker.slice(0, 3);
    else if (!fence) {
      const heading = /^\s{0,3}##\s+(.+?)\s*$/.exec(line)?.[1];
      if (heading) headings.push(heading.replace(/\s+#+$/, ''));
    }
  }
  return headings;
}

/** One part of rendered HTML: the text of its <h2> (none for what comes before the first) and its HTML. */
export interface HtmlSection {
  heading?: string;
  html: string;
}

/** Splits rendered, sanitised HTML before each <h2> at its top level (headings nested in other elements stay where they are). */
export function splitHtmlAtHeadings(html: string): HtmlSection[] {
  const root = fromHtml(html, { fragment: true });
  const groups: { heading?: string; nodes: RootContent[] }[] = [{ nodes: [] }];
  for (const node of root.children) {
    if (node.type === 'element' && node.tagName === 'h2') groups.push({ heading: toString(node), nodes: [] });
    groups.at(-1)!.nodes.push(node);
  }
  return groups
    .filter((group) => group.heading !== undefined || group.nodes.some((node) => node.type !== 'text' || node.value.trim() !== ''))
    .map((group) => ({ heading: group.heading, html: toHtml({ type: 'root', children: group.nodes }) }));
}

/** The text of an element and everything in it. */
function toString(node: RootContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map((child) => toString(child as RootContent)).join('') : '';
}

/** The first paragraph at the top level of rendered HTML (a bio's opening, for the home page), or all of it when it has none. */
export function firstParagraphHtml(html: string): string {
  const paragraph = fromHtml(html, { fragment: true }).children.find((node) => node.type === 'element' && node.tagName === 'p');
  return paragraph ? toHtml(paragraph) : html;
}
