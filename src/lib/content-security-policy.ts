/**
 * The site's Content-Security-Policy, written once: Astro puts it in every page's <meta> (astro.config.mjs)
 * and the headers integration writes the same directives into `_headers` for Netlify and Cloudflare
 * Pages. The site's own files only, WebAssembly for the search index, and exactly the hosts of the
 * services site.yaml turns on (analytics, a contact form), nothing else.
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

/**
 * The policy as Astro's `security.csp` option takes it: the directives, and the script and style
 * sources (Astro adds its own hashes to those two).
 */
export function astroContentSecurityPolicy(services: ServiceSources) {
  const sources = mergeSources(services);
  return {
    directives: [
      "default-src 'self'",
      `img-src ${join("'self'", 'data:', ...sources.img)}`,
      "font-src 'self'",
      `connect-src ${join("'self'", ...sources.connect)}`,
      "object-src 'none'",
      "base-uri 'self'",
      `form-action ${join("'self'", ...sources.form)}`,
      "manifest-src 'self'",
    ],
    // pagefind's search index is WebAssembly.
    scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'", ...sources.script] },
    styleDirective: { resources: ["'self'"] },
  };
}

/**
 * The same policy as one header value, for `_headers`: frame-ancestors too, which browsers ignore
 * in a <meta> tag (a header is the only place it works).
 */
export function contentSecurityPolicyHeader(services: ServiceSources): string {
  const policy = astroContentSecurityPolicy(services);
  const [defaultSource, ...rest] = policy.directives;
  return [
    defaultSource,
    `script-src ${join(...policy.scriptDirective.resources)}`,
    `style-src ${join(...policy.styleDirective.resources)}`,
    ...rest.filter((directive) => !directive.startsWith('manifest-src')),
    "frame-ancestors 'none'",
    "manifest-src 'self'",
  ].join('; ');
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
