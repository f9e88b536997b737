/**
 * The one gate between an entry's body and the public: every body (Markdown with its raw HTML,
 * MDX with its JSX, expressions and components) is rendered, then parsed and passed through
 * hast-util-sanitize (the sanitiser behind rehype-sanitize) before a page or a feed shows it.
 * Sanitising the rendered HTML, not the Markdown tree, is what makes it complete: raw HTML in
 * Markdown and JSX in MDX never pass the Markdown plugins as elements, and an MDX expression or
 * component can write any HTML at all.
 *
 * The schema starts from GitHub's (hast-util-sanitize's default) and keeps what Commfolio's own
 * output needs: classes (Prism's tokens, footnotes), heading ids unprefixed (links to #a-heading),
 * tabindex on code blocks (focusable-code.ts), data-* and aria-* attributes, and the site's own
 * responsive images.
 * It drops everything that can run script or take a visitor elsewhere: script, style, meta
 * (refresh), base, link, iframe, object, embed, form controls, event attributes, and every URL
 * whose scheme is not http, https, mailto or tel (javascript:, data:, vbscript:…).
 */
import { fromHtml } from 'hast-util-from-html';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';

/** Elements removed with everything inside them (their content is code or would show as stray text). */
const STRIPPED = [
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'frame',
  'frameset',
  'noembed',
  'noframes',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'select',
  'textarea',
  'title',
  'xmp',
  'plaintext',
  'head',
];

/** HTML elements an article body may use, beyond GitHub's list. */
const EXTRA_ELEMENTS = [
  'abbr',
  'address',
  'article',
  'aside',
  'bdi',
  'bdo',
  'caption',
  'cite',
  'col',
  'colgroup',
  'data',
  'dfn',
  'figcaption',
  'figure',
  'footer',
  'header',
  'hgroup',
  'mark',
  'small',
  'time',
  'u',
  'wbr',
];

/** GitHub's attributes for every element, less `name` (it makes `document.<name>` point at the element). */
const SHARED_ATTRIBUTES = (defaultSchema.attributes?.['*'] ?? []).filter((attribute) => attribute !== 'name');

/** A URL or srcset that is only paths on the site (no scheme, no //host), as Astro writes them. */
const SITE_PATHS_ONLY = /^(?!.*\/\/)[^:]*$/;

/** The schema every entry body is sanitised with. */
export const BODY_SCHEMA: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), ...EXTRA_ELEMENTS],
  strip: STRIPPED,
  attributes: {
    ...defaultSchema.attributes,
    '*': [...SHARED_ATTRIBUTES, 'className', 'role', 'translate', 'data*', 'aria*'],
    a: [...(defaultSchema.attributes?.a ?? []), 'rel'],
    // Images come from the site only (a remote one would be a third-party request, which the
    // Content-Security-Policy blocks anyway). A srcset is one string of several URLs, which the
    // protocol rules cannot read, so it is held to site paths the same way.
    img: ['alt', ['src', SITE_PATHS_ONLY], ['srcSet', SITE_PATHS_ONLY], 'sizes', 'width', 'height', 'loading', 'decoding', 'title'],
    source: [['srcSet', SITE_PATHS_ONLY], 'sizes', 'type', 'media', 'width', 'height'],
    ol: ['start', 'reversed', 'type'],
  },
  // Ids stay as written: headings are linked to (#a-heading) and footnotes point at their notes.
  clobber: [],
  clobberPrefix: '',
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto', 'tel'],
    src: ['http', 'https'],
  },
};

/** An entry's rendered body, with everything the schema does not allow removed. */
export function sanitizeBodyHtml(html: string): string {
  return toHtml(sanitize(fromHtml(html, { fragment: true }), BODY_SCHEMA));
}
