import { copyFileSync, createReadStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { glob } from 'tinyglobby';
import { SCREENSHOTS_FOLDER } from '../../lib/urls.ts';
import { referencedScreenshots, requestedScreenshot } from './publish.ts';

/** Where published copies are cached, inside Astro's cache folder. */
export function screenshotCacheFolder(astroCacheDir: string): string {
  return path.join(astroCacheDir, 'commfolio-screenshots');
}

/**
 * Serves and publishes the screenshots that src/integrations/screenshots encodes (redacted, stripped of
 * metadata) into a cache folder while pages render (pages learn the folder from virtual:commfolio/build); `astro
 * dev` serves it; `astro build` copies exactly the files that built pages link to, so a screenshot
 * removed from the content never lingers in dist/ and original files are never copied at all.
 */
export function screenshotsIntegration(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'commfolio:screenshots',
    hooks: {
      'astro:config:setup': ({ config }) => {
        cacheDir = screenshotCacheFolder(fileURLToPath(config.cacheDir));
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const name = requestedScreenshot(request.url ?? '');
          const file = name ? path.join(cacheDir, name) : '';
          if (!name || !existsSync(file)) return next();
          response.setHeader('Content-Type', `image/${path.extname(name).slice(1)}`);
          createReadStream(file).pipe(response);
        });
      },
      'astro:build:done': async ({ dir }) => {
        const outDir = fileURLToPath(dir);
        const pages = await glob('**/*.html', { cwd: outDir, absolute: true });
        const names = new Set(pages.flatMap((page) => referencedScreenshots(readFileSync(page, 'utf8'))));
        if (names.size > 0) mkdirSync(path.join(outDir, SCREENSHOTS_FOLDER), { recursive: true });
        for (const name of names) {
          const cached = path.join(cacheDir, name);
          if (!existsSync(cached)) throw new Error(`A page links to the screenshot ${name}, but it was not made. Run the build again.`);
          copyFileSync(cached, path.join(outDir, SCREENSHOTS_FOLDER, name));
        }
      },
    },
  };
}
