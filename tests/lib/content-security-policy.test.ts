import { describe, expect, test } from 'vitest';
import {
  astroContentSecurityPolicy,
  contentSecurityPolicyHeader,
  headersFile,
  mergeSources,
} from '../../src/lib/content-security-policy.ts';
import { analyticsSnippet } from '../../src/lib/analytics.ts';
import { siteServiceSources } from '../../src/lib/site-services.ts';
import { AnalyticsSchema, ContactFormSchema } from '../../src/schemas/services.ts';

describe('contentSecurityPolicyHeader', () => {
  test('without services, allows the site itself and nothing else', () => {
    expect(contentSecurityPolicyHeader({})).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; manifest-src 'self'",
    );
  });

  test('adds each service host to its own directive only, once', () => {
    const sources = mergeSources(
      { script: ['https://gc.zgo.at'], img: ['https://asha.goatcounter.com'] },
      { form: ['https://formspree.io'], script: ['https://gc.zgo.at'] },
    );
    const header = contentSecurityPolicyHeader(sources);
    expect(header).toContain("script-src 'self' 'wasm-unsafe-eval' https://gc.zgo.at;");
    expect(header).toContain("img-src 'self' data: https://asha.goatcounter.com;");
    expect(header).toContain("form-action 'self' https://formspree.io;");
    expect(header).toContain("connect-src 'self';");
    expect(astroContentSecurityPolicy(sources).scriptDirective.resources).toEqual(["'self'", "'wasm-unsafe-eval'", 'https://gc.zgo.at']);
  });

  test('the _headers file carries the same policy for every page', () => {
    expect(headersFile({ connect: ['https://plausible.io'] })).toContain(
      `/*\n  Content-Security-Policy: ${contentSecurityPolicyHeader({ connect: ['https://plausible.io'] })}\n`,
    );
  });
});

describe('analyticsSnippet', () => {
  const snippet = (settings: unknown) => analyticsSnippet(AnalyticsSchema.parse(settings), 'https://asha.github.io/portfolio/');

  test.each([
    [{ service: 'goatcounter', code: 'asha' }, 'https://gc.zgo.at/count.js', { 'data-goatcounter': 'https://asha.goatcounter.com/count' }],
    [
      { service: 'goatcounter', server: 'https://stats.example.com/' },
      'https://stats.example.com/count.js',
      { 'data-goatcounter': 'https://stats.example.com/count' },
    ],
    [{ service: 'plausible' }, 'https://plausible.io/js/script.js', { 'data-domain': 'asha.github.io' }],
    [
      { service: 'umami', websiteId: 'b59e9c65-ae32-47f1-8400-119fcf4861c4' },
      'https://cloud.umami.is/script.js',
      { 'data-website-id': 'b59e9c65-ae32-47f1-8400-119fcf4861c4' },
    ],
    [
      { service: 'cloudflare', token: '0123456789abcdef0123456789abcdef' },
      'https://static.cloudflareinsights.com/beacon.min.js',
      { 'data-cf-beacon': '{"token":"0123456789abcdef0123456789abcdef"}' },
    ],
  ])('%o loads %s', (settings, src, attributes) => {
    expect(snippet(settings)).toMatchObject({ src, attributes });
  });

  test.each([
    [{ service: 'goatcounter' }, /Give either code .* or server/],
    [{ service: 'goatcounter', code: 'asha', server: 'https://stats.example.com' }, /not both/],
    [{ service: 'goatcounter', code: 'Asha Rao' }, /lowercase letters, digits, hyphens/],
    [{ service: 'plausible', server: 'http://plausible.example.com' }, /https:\/\/stats\.example\.com/],
    [
      { service: 'umami', server: 'https://umami.example.com/script.js', websiteId: 'b59e9c65-ae32-47f1-8400-119fcf4861c4' },
      /without a path/,
    ],
    [{ service: 'umami', websiteId: '123' }, /website ID from Umami/],
    [{ service: 'cloudflare', token: 'abc' }, /32 letters and digits/],
    [{ service: 'google' }, /Unknown analytics service\. Write service: goatcounter, service: plausible/],
  ])('%o is refused', (settings, message) => {
    const result = AnalyticsSchema.safeParse(settings);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message).join('\n')).toMatch(message);
  });
});

describe('siteServiceSources', () => {
  test('is empty when site.yaml turns nothing on, and names the form host for Formspree', () => {
    expect(mergeSources(siteServiceSources({ url: 'https://a.example' }))).toEqual({ script: [], connect: [], img: [], form: [] });
    expect(
      siteServiceSources({ url: 'https://a.example', contactForm: ContactFormSchema.parse({ service: 'formspree', form: 'xyzzabcd' }) }),
    ).toMatchObject({ form: ['https://formspree.io'] });
    expect(siteServiceSources({ url: 'https://a.example', contactForm: ContactFormSchema.parse({ service: 'netlify' }) })).toMatchObject({
      form: [],
    });
  });
});
