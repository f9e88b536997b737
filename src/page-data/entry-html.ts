/** Renders a Markdown or MDX entry to an HTML string (for full-content feeds) with Astro's container API, sanitised as pages show it. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render, type CollectionEntry } from 'astro:content';
import { getContainerRenderer as getMdxRenderer } from '@astrojs/mdx/container-renderer';
import { sanitizeBodyHtml } from '../lib/markdown/sanitize-html.ts';

let containerPromise: Promise<AstroContainer> | undefined;

/** The rendered body of an entry, as a page would show it. */
export async function renderEntryHtml(entry: CollectionEntry<'posts' | 'caseStudies'>): Promise<string> {
  containerPromise ??= loadRenderers([getMdxRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
  const container = await containerPromise;
  const { Content } = await render(entry);
  return sanitizeBodyHtml(await container.renderToString(Content));
}
