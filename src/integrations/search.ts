import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SEARCH_INDEX_FOLDER } from '../lib/urls.ts';

/**
 * Builds the static search index with pagefind after Astro has written the site. Only posts and
 * case studies are indexed (they carry data-pagefind-body); application pages, lists and the CV
 * are not. Pagefind keeps one index per page language, read from <html lang>.
 */
export function searchIntegration(): AstroIntegration {
  return {
    name: 'commfolio:search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { createIndex, close } = await import('pagefind');
        const site = fileURLToPath(dir);
        const { index, errors } = await createIndex({});
        if (!index) throw new Error(`pagefind could not start: ${errors.join('; ')}`);
        const { page_count: pages } = await index.addDirectory({ path: site });
        await index.writeFiles({ outputPath: path.join(site, SEARCH_INDEX_FOLDER) });
        await close();
        logger.info(`Search index: ${pages} pages.`);
      },
    },
  };
}
