import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { bundledEditor } from './bundle-editor.ts';
import type { AstroIntegration } from 'astro';
import { adminHeadersRule, withAdminPolicy } from '../../lib/editor-config/admin-policy.ts';
import { createEditorConfig } from '../../lib/editor-config/sveltia-config.ts';
import { moduleSource } from '../../lib/editor-config/module-source.ts';
import { readSiteSettings } from '../../content-folder/site-settings.ts';

const VIRTUAL_ID = 'virtual:commfolio/editor-config';

/** `owner/name` of the repository: from GitHub Actions, else from the `origin` remote, else a placeholder. */
export function repositoryName(environment: Record<string, string | undefined>, projectRoot: string): string {
  if (environment.GITHUB_REPOSITORY) return environment.GITHUB_REPOSITORY;
  try {
    const remote = execFileSync('git', ['config', '--get', 'remote.origin.url'], {
      cwd: projectRoot,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
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

/** Sveltia UI declares its fonts on a CDN as well as bundled; the bundled copies are registered at start-up, so the CDN sources are dropped and no font leaves the site. */
const editorFontsPlugin = (): Plugin => ({
  name: 'commfolio:editor-fonts',
  transform: (code, id) => (/@sveltia[\\/]cms[\\/]npm[\\/]index\.js$/.test(id) ? withoutFontCdn(code) : undefined),
});

/**
 * The browser editor at /admin/ (Sveltia CMS, bundled from npm), configured from the schemas when
 * the site is built. A build writes the page, the configuration (admin/config.js) and the editor,
 * bundled once per version into Astro's cache folder; `astro dev` serves it through Vite, with the
 * configuration in a virtual module.
 */
export function adminIntegration(contentDir: string, environment: Record<string, string | undefined>): AstroIntegration {
  let cacheDir = '';
  let source = '';
  return {
    name: 'commfolio:admin',
    hooks: {
      'astro:config:setup': ({ command, config: astroConfig, injectRoute, updateConfig }) => {
        cacheDir = fileURLToPath(astroConfig.cacheDir);
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
        source = `export default ${moduleSource(config)};\n`;
        if (command === 'dev') {
          updateConfig({
            vite: {
              plugins: [
                {
                  name: 'commfolio:editor-config',
                  resolveId: (id: string) => (id === VIRTUAL_ID ? `\0${VIRTUAL_ID}` : undefined),
                  load: (id: string) => (id === `\0${VIRTUAL_ID}` ? source : undefined),
                },
                editorFontsPlugin(),
              ],
            },
          });
        }
        const page = command === 'dev' ? './AdminPage.astro' : './AdminShell.astro';
        injectRoute({ pattern: '/admin', entrypoint: new URL(page, import.meta.url), prerender: true });
      },
      // The page gets the editor's policy instead of the site's (see admin-policy.ts), the editor and its configuration.
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const page = path.join(site, 'admin', 'index.html');
        writeFileSync(page, withAdminPolicy(readFileSync(page, 'utf8')));
        const editor = await bundledEditor(cacheDir, [editorFontsPlugin()]);
        cpSync(editor.folder, path.join(site, 'admin'), { recursive: true });
        writeFileSync(path.join(site, 'admin', 'config.js'), source);
        logger.info(`Editor at /admin/: ${editor.reused ? 'reused from the cache' : 'bundled'}.`);
        const headers = path.join(site, '_headers');
        if (existsSync(headers)) appendFileSync(headers, adminHeadersRule());
      },
    },
  };
}
