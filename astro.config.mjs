// Commfolio's Astro configuration. Users change content/site.yaml, not this file.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentDirKey, resolveContentDir, schemaVersionKey } from './src/lib/content-layout.ts';
import { readSiteSettings } from './src/lib/site-settings.ts';
import { contentCheckIntegration } from './src/integration.ts';
import { screenshotsIntegration } from './src/screenshots-integration.ts';

const contentDir = resolveContentDir(process.env, process.cwd());
// When settings are broken the content check reports why; these placeholders only let it start.
const settings = readSiteSettings(contentDir, process.env).settings ?? { url: 'http://localhost', basePath: '/' };

export default defineConfig({
  site: settings.url,
  base: settings.basePath,
  trailingSlash: 'always',
  outDir: process.env.COMMFOLIO_OUT_DIR || './dist',
  // Each content folder (and each version of the schemas) gets its own cache, so a build never
  // reuses another site's data or entries parsed with an older schema.
  cacheDir: `./node_modules/.astro/${contentDirKey(contentDir)}-${schemaVersionKey(process.cwd())}`,
  integrations: [
    contentCheckIntegration(contentDir, process.env),
    screenshotsIntegration(),
    mdx(),
  ],
});
