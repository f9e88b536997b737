// Commfolio's Astro configuration. Users change content/site.yaml, not this file.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentDirKey, resolveContentDir } from './src/lib/content-layout.ts';
import { readSiteSettings } from './src/lib/site-settings.ts';
import { contentCheckIntegration } from './src/integration.ts';
import { socialCardIntegration } from './src/card-integration.ts';

const contentDir = resolveContentDir(process.env, process.cwd());
// When settings are broken the content check reports why; these placeholders only let it start.
const settings = readSiteSettings(contentDir, process.env).settings ?? { url: 'http://localhost', basePath: '/' };

export default defineConfig({
  site: settings.url,
  base: settings.basePath,
  trailingSlash: 'always',
  outDir: process.env.COMMFOLIO_OUT_DIR || './dist',
  // Each content folder gets its own cache, so building a fixture never reuses another site's data.
  cacheDir: `./node_modules/.astro/${contentDirKey(contentDir)}`,
  integrations: [
    contentCheckIntegration(contentDir, process.env),
    socialCardIntegration(process.env),
    mdx(),
    sitemap({ filter: (page) => !/\/404\/?$/.test(page) }),
  ],
});
