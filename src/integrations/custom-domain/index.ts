import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Writes the CNAME file (the custom domain, one line) that GitHub Pages reads when a site is
 * published from a branch. A deploy by GitHub Actions ignores it: there the domain is also typed
 * in Settings → Pages (see docs/without-a-terminal.md).
 */
export function customDomainIntegration(domain: string | undefined): AstroIntegration {
  return {
    name: 'commfolio:custom-domain',
    hooks: {
      'astro:build:done': ({ dir }) => {
        if (domain) writeFileSync(path.join(fileURLToPath(dir), 'CNAME'), `${domain.toLowerCase()}\n`);
      },
    },
  };
}
