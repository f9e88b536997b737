import { policyDirectives, type PolicySources } from '../content-security-policy.ts';

/**
 * The Content-Security-Policy of /admin/ only (public pages keep their strict one): the site's
 * policy, with what Sveltia CMS needs besides. It sets inline styles (Svelte) and reads its own logo
 * through a data: URL; it signs in to GitHub's API, shows GitHub avatars, previews images through
 * blob: URLs and decodes HEIC photos in a worker. Everything else (scripts, fonts, translations)
 * comes from the site itself; no analytics or form host is allowed here.
 */
const EDITOR_SOURCES: PolicySources = {
  style: ["'unsafe-inline'"],
  img: ['blob:', 'https://avatars.githubusercontent.com'],
  connect: ['data:', 'blob:', 'https://api.github.com'],
  worker: ['blob:'],
};

/** The policy as a header value; a header can also forbid framing, which a meta tag cannot. */
export const adminPolicyHeader = (): string => policyDirectives(EDITOR_SOURCES, { header: true }).join('; ');

/** The policy for the page's meta tag. */
export const adminPolicyMeta = (): string => policyDirectives(EDITOR_SOURCES, { header: false }).join('; ');

/** Replaces the Content-Security-Policy meta tag of a page with the admin policy. */
export function withAdminPolicy(html: string): string {
  const meta = /<meta http-equiv="content-security-policy" content="[^"]*">/i;
  if (!meta.test(html)) throw new Error('The /admin/ page has no Content-Security-Policy meta tag to replace.');
  return html.replace(meta, `<meta http-equiv="content-security-policy" content="${adminPolicyMeta()}">`);
}

/**
 * The `_headers` rule for /admin/, appended after the site-wide `/*` rule. Cloudflare Pages joins the
 * headers of every rule a path matches, so the site-wide policy is first detached with its
 * `! Content-Security-Policy` line, which works only after the rule that set it
 * (https://developers.cloudflare.com/pages/configuration/headers/). Netlify's parser skips that line
 * (no colon); its header matching lets the later rule's value win.
 */
export const adminHeadersRule = (): string =>
  `\n# The browser editor (added by the build; see src/lib/editor-config/admin-policy.ts).\n/admin/*\n  ! Content-Security-Policy\n  Content-Security-Policy: ${adminPolicyHeader()}\n  X-Robots-Tag: noindex\n`;
