import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import { sha256Hex } from '../../lib/hash.ts';

const require = createRequire(import.meta.url);
const here = import.meta.dirname;

/** The files the bundle is made of besides the packages: a change to any of them makes a new bundle. */
const SOURCES = [
  'start-editor.ts',
  'editor-static.ts',
  'measures-widget.ts',
  'index.ts',
  'bundle-editor.ts',
  '../../lib/editor-config/measures-text.ts',
].map((file) => path.join(here, file));

/** Astro's own Vite, so the editor is bundled exactly as the pages are. */
function astroVite(): string {
  return createRequire(require.resolve('astro/package.json')).resolve('vite');
}

/** What the editor bundle depends on: Sveltia's and Vite's versions and Commfolio's editor sources. */
export function editorBundleKey(): string {
  const version = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  const vitePackage = path.join(path.dirname(astroVite()), '..', '..', 'package.json');
  // @sveltia/cms exports no package.json; its entry is npm/index.js.
  const sveltiaPackage = path.resolve(path.dirname(require.resolve('@sveltia/cms')), '..', 'package.json');
  const parts = [
    version(sveltiaPackage),
    existsSync(vitePackage) ? version(vitePackage) : astroVite(),
    ...SOURCES.map((file) => readFileSync(file, 'utf8')),
  ];
  return sha256Hex(parts.join('\0')).slice(0, 16);
}

/**
 * The folder holding the editor bundled for the browser (editor.js, chunks/, assets/), built with
 * Vite the first time and kept beside Astro's cache folders: Sveltia CMS is 2 MB of code and hundreds
 * of syntax grammars, which would otherwise be bundled again by every build.
 */
export async function bundledEditor(cacheDir: string, plugins: Plugin[]): Promise<{ folder: string; reused: boolean }> {
  // Beside the sites' own cache folders (node_modules/.astro/<site>): one bundle serves every site.
  const folder = path.join(path.dirname(cacheDir), `editor-${editorBundleKey()}`);
  if (existsSync(path.join(folder, 'editor.js'))) return { folder, reused: true };
  const { build } = (await import(pathToFileURL(astroVite()).href)) as typeof import('vite');
  const staging = `${folder}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  await build({
    configFile: false,
    root: here,
    base: './',
    publicDir: false,
    logLevel: 'warn',
    plugins,
    build: {
      outDir: staging,
      emptyOutDir: true,
      assetsInlineLimit: 0,
      modulePreload: false,
      reportCompressedSize: false,
      // The editor's code is one 2.1 MB script, loaded on /admin/ only.
      chunkSizeWarningLimit: 2400,
      rollupOptions: {
        // Rolldown's note that plugins took a share of the time: no user can act on it, on a first build.
        checks: { bundlerTimings: false },
        input: path.join(here, 'editor-static.ts'),
        output: { entryFileNames: 'editor.js', chunkFileNames: 'chunks/[name]-[hash].js', assetFileNames: 'assets/[name]-[hash][extname]' },
      },
    },
  });
  // Another build may have finished the same bundle meanwhile: then its copy is kept.
  if (existsSync(path.join(folder, 'editor.js'))) rmSync(staging, { recursive: true, force: true });
  else {
    rmSync(folder, { recursive: true, force: true });
    renameSync(staging, folder);
  }
  return { folder, reused: false };
}
