/**
 * A Markdown and MDX plugin: link and source attributes whose URL would run script
 * (javascript:, vbscript:, or data: outside images) are removed, whatever the author typed.
 * The Content-Security-Policy would also stop them; they should not be published at all.
 */
import type { HastElement } from './hast-element.ts';
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formAction', 'xLinkHref', 'poster', 'cite'];

/** Whether a URL, as a browser would read it, runs script when followed or loaded. */
export function isScriptUrl(url: string, attribute: string): boolean {
  // Browsers ignore control characters and whitespace inside the scheme ("java\tscript:").
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here.
  const scheme = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  if (/^(javascript|vbscript):/.test(scheme)) return true;
  return scheme.startsWith('data:') && !(attribute === 'src' && /^data:image\/(png|jpe?g|gif|webp|avif);/.test(scheme));
}

/** The element without any attribute whose URL runs script; undefined when nothing had to go. */
export function withoutScriptUrls<Element extends HastElement>(element: Readonly<Element>): Element | undefined {
  const unsafe = URL_ATTRIBUTES.filter(
    (attribute) => typeof element.properties[attribute] === 'string' && isScriptUrl(element.properties[attribute] as string, attribute),
  );
  if (unsafe.length === 0) return undefined;
  const properties = Object.fromEntries(Object.entries(element.properties).filter(([name]) => !unsafe.includes(name)));
  return { ...element, properties };
}

/**
 * The Sätteri hast plugin (Astro 7's Markdown processor; MDX uses it too):
 * `markdown: { processor: satteri({ hastPlugins: [safeUrlsPlugin] }) }`.
 */
export const safeUrlsPlugin = {
  name: 'commfolio-safe-urls',
  element: {
    filter: ['a', 'area', 'img', 'iframe', 'form', 'button', 'input', 'source', 'video', 'audio', 'embed', 'object', 'blockquote', 'q'],
    visit: (element: Readonly<HastElement>) => withoutScriptUrls(element),
  },
};
