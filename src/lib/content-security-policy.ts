/**
 * The site's Content-Security-Policy, written once: Astro puts it in every page's <meta> (astro.config.mjs)
 * and the headers integration writes the same directives into `_headers` for Netlify and Cloudflare
 * Pages. The site's own files only, WebAssembly for the search index, and exactly the hosts of the
 * services site.yaml turns on (analytics, a contact form), nothing else. The editor at /admin/ adds
 * what it needs to the same directives (editor-config/admin-policy.ts).
 */

/** Hosts a service needs, by what the browser does with them. */
export interface ServiceSources {
  /** Scripts it loads (script-src). */
  script?: readonly string[];
  /** Requests its script sends with fetch or sendBeacon (connect-src). */
  connect?: readonly string[];
  /** Images its script loads, e.g. a counting pixel (img-src). */
  img?: readonly string[];
  /** Where forms post to (form-action). */
  form?: readonly string[];
}

/** Every service's sources merged, each host once, in a stable order. */
export function mergeSources(...services: readonly (ServiceSources | undefined)[]): Required<ServiceSources> {
  const merged = (key: keyof ServiceSources) => [...new Set(services.flatMap((service) => service?.[key] ?? []))].sort();
  return { script: merged('script'), connect: merged('connect'), img: merged('img'), form: merged('form') };
}

const join = (...sources: readonly string[]) => sources.join(' ');

/** What a page may use beyond the site's own files: a service's hosts, or the editor's needs (editor-config/admin-policy.ts). */
export interface PolicySources extends ServiceSources {
  /** Styles beyond the site's files (style-src), e.g. 'unsafe-inline' for the editor. */
  style?: readonly string[];
  /** Workers (worker-src); without any, default-src 'self' covers them. */
  worker?: readonly string[];
}

/**
 * Every directive of a Commfolio policy, in the order both the pages and the editor write them: the
 * site's own files, WebAssembly for the search index, and `sources` added to their directives.
 * frame-ancestors only for a header: browsers ignore it in a <meta> tag.
 */
export function policyDirectives(sources: PolicySources, { header }: { header: boolean }): string[] {
  const { script = [], style = [], img = [], connect = [], worker, form = [] } = sources;
  return [
    "default-src 'self'",
    // pagefind's search index is WebAssembly.
    `script-src ${join("'self'", "'wasm-unsafe-eval'", ...script)}`,
    `style-src ${join("'self'", ...style)}`,
    `img-src ${join("'self'", 'data:', ...img)}`,
    "font-src 'self'",
    `connect-src ${join("'self'", ...connect)}`,
    ...(worker ? [`worker-src ${join("'self'", ...worker)}`] : []),
    "object-src 'none'",
    "base-uri 'self'",
    `form-action ${join("'self'", ...form)}`,
    ...(header ? ["frame-ancestors 'none'"] : []),
    "manifest-src 'self'",
  ];
}

/** The sources one directive lists: "script-src 'self' x" → ['self', x]. */
const sourcesOf = (directives: readonly string[], name: string) =>
  directives
    .find((directive) => directive.startsWith(`${name} `))!
    .split(' ')
    .slice(1);

/**
 * The policy as Astro's `security.csp` option takes it: the directives, and the script and style
 * sources (Astro adds its own hashes to those two).
 */
export function astroContentSecurityPolicy(services: ServiceSources) {
  const directives = policyDirectives(mergeSources(services), { header: false });
  return {
    directives: directives.filter((directive) => !/^(script|style)-src /.test(directive)),
    scriptDirective: { resources: sourcesOf(directives, 'script-src') },
    styleDirective: { resources: sourcesOf(directives, 'style-src') },
  };
}

/**
 * The same policy as one header value, for `_headers`: frame-ancestors too, which browsers ignore
 * in a <meta> tag (a header is the only place it works).
 */
export function contentSecurityPolicyHeader(services: ServiceSources): string {
  return policyDirectives(mergeSources(services), { header: true }).join('; ');
}

/**
 * The `_headers` file (Netlify and Cloudflare Pages read it from the site's root): the policy and
 * the usual security headers for every page, and long caching for files whose names carry a hash.
 */
export function headersFile(services: ServiceSources): string {
  return [
    '# Response headers for Netlify and Cloudflare Pages, written by the build (src/lib/content-security-policy.ts).',
    "# The Content-Security-Policy allows the site's own files, WebAssembly for the search index, and only",
    '# the hosts of the services site.yaml turns on (analytics, a contact form).',
    '/*',
    `  Content-Security-Policy: ${contentSecurityPolicyHeader(services)}`,
    '  X-Content-Type-Options: nosniff',
    '  X-Frame-Options: DENY',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
    '  Cross-Origin-Opener-Policy: same-origin',
    '',
    '# Files with a content hash in their name never change.',
    '/_astro/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}
