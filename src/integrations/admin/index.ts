import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { adminHeadersRule, withAdminPolicy } from '../../lib/editor-config/admin-policy.ts';
import { createEditorConfig } from '../../lib/editor-config/sveltia-config.ts';
import { moduleSource } from '../../lib/editor-config/module-source.ts';
import { readSiteSettings } from '../../lib/site-settings.ts';

const VIRTUAL_ID = 'virtual:commfolio/editor-config';

/** `owner/name` of the repository: from GitHub Actions, else from the `origin` remote, else a placeholder. */
export function repositoryName(environment: Record<string, string | undefined>, projectRoot: string): string {
  if (environment.GITHUB_REPOSITORY) return environment.GITHUB_REPOSITORY;
  try {
    const remote = execFileSync('git', ['config', '--get', 'remote.origin.url'], { cwd: projectRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const match = /github\.com[:/]([^/]+\/[^/]+?)(?:\.git)?$/.exec(remote);
    if (match) return match[1]!;
  } catch {
    // Not a git checkout: the placeholder below.
  }
  return 'your-github-name/your-repository';
}

const FONT_CDN_SOURCE = /url\(https:\/\/cdn\.jsdelivr\.net\/fontsource\/[^)]+\)\s*format\('[^']+'\)/g;

/** Sveltia's code with its CDN font sources replaced by a local name that matches nothing (no request, no error). */
export function withoutFontCdn(code: string): string {
  const replaced = code.replace(FONT_CDN_SOURCE, "local('Commfolio bundled font')");
  if (replaced === code) throw new Error('@sveltia/cms no longer declares its fonts on jsDelivr: check src/integrations/admin/index.ts.');
  return replaced;
}

/**
 * The browser editor at /admin/ (Sveltia CMS, bundled from npm): a page whose script reads the
 * editor's configuration, generated from the schemas when the site is built, from a virtual module.
 */
export function adminIntegration(contentDir: string, environment: Record<string, string | undefined>): AstroIntegration {
  return {
    name: 'commfolio:admin',
    hooks: {
      'astro:config:setup': ({ injectRoute, updateConfig }) => {
        const projectRoot = process.cwd();
        const settings = readSiteSettings(contentDir, environment).settings;
        const config = createEditorConfig({
          contentFolder: path.relative(projectRoot, contentDir).split(path.sep).join('/') || '.',
          repository: repositoryName(environment, projectRoot),
          branch: environment.GITHUB_REF_NAME || 'main',
          siteUrl: settings ? new URL(settings.basePath, settings.url).href : 'http://localhost/',
          language: settings?.defaultLanguage ?? 'en',
          otherLanguages: settings?.languages.filter((language) => language !== settings.defaultLanguage) ?? [],
        });
        const source = `export default ${moduleSource(config)};\n`;
        updateConfig({
          vite: {
            // The editor is one 2.1 MB script, loaded on /admin/ only; Vite would warn about it on every build.
            build: { chunkSizeWarningLimit: 2400 },
            plugins: [
              {
                name: 'commfolio:editor-config',
                resolveId: (id: string) => (id === VIRTUAL_ID ? `\0${VIRTUAL_ID}` : undefined),
                load: (id: string) => (id === `\0${VIRTUAL_ID}` ? source : undefined),
              },
              {
                // Sveltia UI declares its fonts on a CDN as well as bundled; the bundled copies are
                // registered at start-up, so the CDN sources are dropped and no font leaves the site.
                name: 'commfolio:editor-fonts',
                transform: (code: string, id: string) => (/@sveltia[\\/]cms[\\/]npm[\\/]index\.js$/.test(id) ? withoutFontCdn(code) : undefined),
              },
            ],
          },
        });
        injectRoute({ pattern: '/admin', entrypoint: new URL('./AdminPage.astro', import.meta.url), prerender: true });
      },
      // The page gets the editor's policy instead of the site's (see admin-policy.ts).
      'astro:build:done': ({ dir }) => {
        const site = fileURLToPath(dir);
        const page = path.join(site, 'admin', 'index.html');
        writeFileSync(page, withAdminPolicy(readFileSync(page, 'utf8')));
        const headers = path.join(site, '_headers');
        if (existsSync(headers)) appendFileSync(headers, adminHeadersRule());
      },
    },
  };
}
