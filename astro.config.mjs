// Commfolio's Astro configuration. Users change content/site.yaml, not this file.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentDirKey, resolveContentDir, schemaVersionKey } from './src/content-folder/layout.ts';
import { readSiteSettings } from './src/content-folder/site-settings.ts';
import { buildStateIntegration } from './src/integrations/build-state.ts';
import { contentCheckIntegration } from './src/integrations/content-check/integration.ts';
import { knownWarningsIntegration } from './src/integrations/known-warnings.ts';
import { screenshotsIntegration } from './src/integrations/screenshots/integration.ts';
import { searchIntegration } from './src/integrations/search.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { focusableCodePlugin } from './src/lib/markdown/focusable-code.ts';
import { safeUrlsPlugin } from './src/lib/markdown/safe-urls.ts';
import { socialCardIntegration } from './src/integrations/social-cards/integration.ts';
import { privacyIntegration } from './src/integrations/privacy/privacy-integration.ts';
import { adminIntegration } from './src/integrations/admin/index.ts';
import { customDomainIntegration } from './src/integrations/custom-domain/index.ts';
import { securityHeadersIntegration } from './src/integrations/security-headers.ts';
import { astroContentSecurityPolicy } from './src/lib/content-security-policy.ts';
import { siteServiceSources } from './src/lib/site-services.ts';

const contentDir = resolveContentDir(process.env, process.cwd());
// When settings are broken the content check (below) reports why and stops; the placeholders only let it start.
const { settings } = readSiteSettings(contentDir, process.env);
// The hosts of the services site.yaml turns on (analytics, a contact form): the only ones the policy allows.
const services = settings ? siteServiceSources(settings) : {};

export default defineConfig({
  site: settings?.url ?? 'http://localhost',
  base: settings?.basePath ?? '/',
  trailingSlash: 'always',
  // The preview shows the site as visitors will see it: Astro's toolbar for developers (audits, an
  // inspector, links to Astro's site) floated over the middle of every page.
  devToolbar: { enabled: false },
  // Two entries or pages at one address are an error, never a warning with one of them missing.
  // The content check refuses them first, naming both files (content-folder/check/entry-addresses.ts).
  prerenderConflictBehavior: 'error',
  outDir: process.env.COMMFOLIO_OUT_DIR || './dist',
  // Each content folder (and each version of the schemas) gets its own cache, so a build never
  // reuses another site's data or entries parsed with an older schema.
  cacheDir: `./node_modules/.astro/${contentDirKey(contentDir)}-${schemaVersionKey(process.cwd())}`,
  // Scripts and styles always go to files of their own, never inline, so the Content-Security-Policy
  // can say script-src 'self' without hashes (see src/lib/content-security-policy.ts).
  build: { inlineStylesheets: 'never' },
  // Astro writes the Content-Security-Policy as a meta tag; the headers integration writes the same
  // directives into _headers (both from src/lib/content-security-policy.ts).
  security: { csp: astroContentSecurityPolicy(services) },
  // The preview does not watch the folders npm run build writes beside dist/ (scripts/shared/build-output.ts):
  // a build while it runs would reload the open page, and print a line, for each of their files.
  vite: { build: { assetsInlineLimit: 0 }, server: { watch: { ignored: ['**/*.building-*/**', '**/*.previous-*/**'] } } },
  // Links in Markdown and MDX that would run script are dropped, and code blocks take keyboard
  // focus so they can be scrolled (MDX inherits this). Raw HTML in Markdown and JSX in MDX do not
  // pass these plugins as elements: every rendered body is sanitised by src/components/ui/EntryBody.astro. Code is highlighted by Prism, which marks
  // tokens with classes (coloured in global.css): Shiki's inline styles are blocked by the
  // Content-Security-Policy, and Astro warns about them on every build.
  markdown: { processor: satteri({ hastPlugins: [safeUrlsPlugin, focusableCodePlugin] }), syntaxHighlight: 'prism' },
  integrations: [
    buildStateIntegration(contentDir, settings),
    // Writes _headers after the build; the editor's integration then appends the /admin/ rule to it.
    securityHeadersIntegration(services),
    contentCheckIntegration(contentDir, process.env),
    screenshotsIntegration(),
    searchIntegration(),
    socialCardIntegration(process.env),
    adminIntegration(contentDir, process.env),
    customDomainIntegration(settings?.domain),
    mdx(),
    privacyIntegration(contentDir),
    knownWarningsIntegration(),
  ],
});
