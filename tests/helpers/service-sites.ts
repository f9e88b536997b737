import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { TEST_RUN_FOLDER } from './build-site.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');

/** The analytics settings the service tests build, each with the hosts its pages must allow and the script they load. */
export const ANALYTICS_CASES = {
  goatcounter: {
    yaml: 'analytics: { service: goatcounter, code: rosa }',
    script: 'https://gc.zgo.at/count.js',
    hosts: { script: ['https://gc.zgo.at'], img: ['https://rosa.goatcounter.com'], connect: [] },
  },
  'goatcounter-self-hosted': {
    yaml: 'analytics: { service: goatcounter, server: "https://stats.rosa.example" }',
    script: 'https://stats.rosa.example/count.js',
    hosts: { script: ['https://stats.rosa.example'], img: ['https://stats.rosa.example'], connect: [] },
  },
  plausible: {
    // With a Netlify form: its posts stay on the site, so the policy gains no host for it.
    yaml: 'analytics: { service: plausible }\ncontactForm: { service: netlify }',
    script: 'https://plausible.io/js/script.js',
    hosts: { script: ['https://plausible.io'], img: [], connect: ['https://plausible.io'] },
  },
  'plausible-self-hosted': {
    yaml: 'analytics: { service: plausible, domain: latin.example, server: "https://plausible.rosa.example" }',
    script: 'https://plausible.rosa.example/js/script.js',
    hosts: { script: ['https://plausible.rosa.example'], img: [], connect: ['https://plausible.rosa.example'] },
  },
  umami: {
    yaml: 'analytics: { service: umami, websiteId: b59e9c65-ae32-47f1-8400-119fcf4861c4 }',
    script: 'https://cloud.umami.is/script.js',
    hosts: { script: ['https://cloud.umami.is'], img: [], connect: ['https://gateway.umami.is'] },
  },
  'umami-self-hosted': {
    yaml: 'analytics: { service: umami, websiteId: b59e9c65-ae32-47f1-8400-119fcf4861c4, server: "https://umami.rosa.example" }',
    script: 'https://umami.rosa.example/script.js',
    hosts: { script: ['https://umami.rosa.example'], img: [], connect: ['https://umami.rosa.example'] },
  },
  cloudflare: {
    yaml: 'analytics: { service: cloudflare, token: 0123456789abcdef0123456789abcdef }',
    script: 'https://static.cloudflareinsights.com/beacon.min.js',
    hosts: { script: ['https://static.cloudflareinsights.com'], img: [], connect: ['https://cloudflareinsights.com'] },
  },
} as const;

export type AnalyticsCase = keyof typeof ANALYTICS_CASES;

/**
 * A small content folder (the Latin-script fixture, with an application page) whose site.yaml turns
 * on one analytics service: written once per test run at the same path, so that every test file
 * asking for it reuses one build (tests/helpers/build-site.ts).
 */
export function analyticsSite(name: AnalyticsCase): string {
  const folder = path.join(TEST_RUN_FOLDER, 'content', `analytics-${name}`);
  if (existsSync(path.join(folder, 'site.yaml'))) return folder;
  mkdirSync(path.dirname(folder), { recursive: true });
  cpSync(path.join(projectRoot, 'tests/fixtures/site-latin'), folder, { recursive: true });
  mkdirSync(path.join(folder, 'applications'), { recursive: true });
  writeFileSync(
    path.join(folder, 'applications/acme-4r2.md'),
    '---\ncompany: Acme\nrole: Community Lead\nlanguage: et\n---\nTere, Acme!\n',
  );
  const settings = readFileSync(path.join(folder, 'site.yaml'), 'utf8');
  writeFileSync(path.join(folder, 'site.yaml'), `${settings.trimEnd()}\n${ANALYTICS_CASES[name].yaml}\n`);
  return folder;
}
