import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, type ServiceSources } from '../lib/content-security-policy.ts';

/**
 * Writes `_headers` into the built site: the same Content-Security-Policy as the pages' <meta> tag
 * (both come from src/lib/content-security-policy.ts), with the hosts of the services site.yaml
 * turns on, and the other security headers.
 */
export function securityHeadersIntegration(services: ServiceSources): AstroIntegration {
  return {
    name: 'commfolio:security-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        writeFileSync(fileURLToPath(new URL('_headers', dir)), headersFile(services));
      },
    },
  };
}
