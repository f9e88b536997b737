/**
 * The script tag of each analytics service and the hosts it talks to, as each service's own
 * documentation gives them (docs/reach.md links them). Pure: settings in, tag and hosts out.
 */
import type { Analytics } from '../schemas/services.ts';
import type { ServiceSources } from './content-security-policy.ts';

/** A service's script tag: its address, its data attributes, how it loads, and the hosts the policy must allow. */
export interface AnalyticsSnippet {
  src: string;
  attributes: Record<string, string>;
  loading: 'async' | 'defer';
  sources: ServiceSources;
}

/** Each service's name and privacy policy, for the privacy note. */
export const ANALYTICS_SERVICE_INFO: Record<Analytics['service'], { name: string; privacyPolicy: string }> = {
  goatcounter: { name: 'GoatCounter', privacyPolicy: 'https://www.goatcounter.com/help/privacy' },
  plausible: { name: 'Plausible Analytics', privacyPolicy: 'https://plausible.io/privacy' },
  umami: { name: 'Umami', privacyPolicy: 'https://umami.is/privacy' },
  cloudflare: { name: 'Cloudflare Web Analytics', privacyPolicy: 'https://www.cloudflare.com/privacypolicy/' },
};

/** Whether the counting runs on the site owner's own server (`server:` in site.yaml). */
export function isSelfHosted(analytics: Analytics): boolean {
  return 'server' in analytics && analytics.server !== undefined;
}

/**
 * Umami Cloud's script sends visits to this host (the cloud build of the script names it; it is not
 * the script's own host).
 */
export const UMAMI_CLOUD_COLLECTOR = 'https://gateway.umami.is';

/** The script tag and hosts of the analytics service site.yaml names, for a site at `siteUrl`. */
export function analyticsSnippet(analytics: Analytics, siteUrl: string): AnalyticsSnippet {
  switch (analytics.service) {
    case 'goatcounter': {
      // count.js counts with an <img> request to <site>/count, so the counter's host is an image source.
      const counter = analytics.server ?? `https://${analytics.code}.goatcounter.com`;
      const script = analytics.server ?? 'https://gc.zgo.at';
      return {
        src: `${script}/count.js`,
        attributes: { 'data-goatcounter': `${counter}/count` },
        loading: 'async',
        sources: { script: [script], img: [counter] },
      };
    }
    case 'plausible': {
      // script.js posts to <its own origin>/api/event with fetch.
      const server = analytics.server ?? 'https://plausible.io';
      return {
        src: `${server}/js/script.js`,
        attributes: { 'data-domain': analytics.domain ?? new URL(siteUrl).host },
        loading: 'defer',
        sources: { script: [server], connect: [server] },
      };
    }
    case 'umami': {
      // A self-hosted script posts to <its own origin>/api/send; the cloud one to its collector.
      const script = analytics.server ?? 'https://cloud.umami.is';
      const collector = analytics.server ?? UMAMI_CLOUD_COLLECTOR;
      return {
        src: `${script}/script.js`,
        attributes: { 'data-website-id': analytics.websiteId },
        loading: 'defer',
        sources: { script: [script], connect: [collector] },
      };
    }
    case 'cloudflare':
      // beacon.min.js posts to https://cloudflareinsights.com/cdn-cgi/rum.
      return {
        src: 'https://static.cloudflareinsights.com/beacon.min.js',
        attributes: { 'data-cf-beacon': JSON.stringify({ token: analytics.token }) },
        loading: 'defer',
        sources: { script: ['https://static.cloudflareinsights.com'], connect: ['https://cloudflareinsights.com'] },
      };
  }
}
