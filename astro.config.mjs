// Commfolio's Astro configuration. Users change content/site.yaml, not this file.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentDirKey, resolveContentDir, schemaVersionKey } from './src/lib/content-layout.ts';
import { readSiteSettings } from './src/lib/site-settings.ts';
import { contentCheckIntegration } from './src/integration.ts';
import { screenshotsIntegration } from './src/screenshots-integration.ts';
import { searchIntegration } from './src/search-integration.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { focusableCodePlugin } from './src/lib/markdown/focusable-code.ts';
import { safeUrlsPlugin } from './src/lib/markdown/safe-urls.ts';
import { socialCardIntegration } from './src/card-integration.ts';
import { adminIntegration } from './src/integrations/admin/index.ts';
import { customDomainIntegration } from './src/integrations/custom-domain/index.ts';

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
  // Scripts and styles always go to files of their own, never inline, so the Content-Security-Policy
  // can say script-src 'self' without hashes (see public/_headers).
  build: { inlineStylesheets: 'never' },
  // Astro writes the Content-Security-Policy as a meta tag; public/_headers repeats it as a header.
  security: {
    csp: {
      directives: [
        "default-src 'self'", "img-src 'self' data:", "font-src 'self'", "connect-src 'self'",
        "object-src 'none'", "base-uri 'self'", "form-action 'self'", "manifest-src 'self'",
      ],
      // pagefind's search index is WebAssembly.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: { build: { assetsInlineLimit: 0 } },
  // Links in Markdown and MDX that would run script are dropped, and code blocks take keyboard
  // focus so they can be scrolled (MDX inherits this). Code is highlighted by Prism, which marks
  // tokens with classes (coloured in global.css): Shiki's inline styles are blocked by the
  // Content-Security-Policy, and Astro warns about them on every build.
  markdown: { processor: satteri({ hastPlugins: [safeUrlsPlugin, focusableCodePlugin] }), syntaxHighlight: 'prism' },
  integrations: [
    contentCheckIntegration(contentDir, process.env),
    screenshotsIntegration(),
    searchIntegration(),
    socialCardIntegration(process.env),
    adminIntegration(contentDir, process.env),
    customDomainIntegration(settings.domain),
    mdx(),
  ],
});
