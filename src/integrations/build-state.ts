import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { SiteSettings } from '../schemas/site.ts';
import { screenshotCacheFolder } from './screenshots/integration.ts';

/** The one module through which pages and content.config.ts read what the build knows (see virtual-modules.d.ts). */
export const BUILD_STATE_MODULE = 'virtual:commfolio/build';

/** What a build hands to the code Astro bundles: plain data, written into the virtual module as JSON. */
export interface BuildState {
  /** The content folder this build reads, as an absolute path. */
  contentDir: string;
  /** site.yaml after validation and the SITE_URL / BASE_PATH overrides. */
  settings: SiteSettings;
  /** Whether drafts are shown: only under `astro dev`. */
  includeDrafts: boolean;
  /** Where the screenshots integration keeps published (redacted, re-encoded) copies. */
  screenshotCacheDir: string;
}

const cardHandover = fileURLToPath(new URL('./social-cards/card-handover.ts', import.meta.url));

/**
 * Provides `virtual:commfolio/build` (Starlight's vite-virtual-modules.ts is the model): the build's
 * state as constants, and `cardReceiver`, the card step of the build under way. Integrations reach
 * pages through this module only; nothing is passed through Vite defines, globals or environment
 * variables that pages read themselves.
 */
export function buildStateIntegration(contentDir: string, settings: SiteSettings | undefined): AstroIntegration {
  return {
    name: 'commfolio:build-state',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        // astro.config.mjs reads site.yaml once: npm run dev (scripts/dev.ts) starts astro dev again
        // when it changes, so that an edit shows, and a preview started on broken settings gets them.
        // Broken settings: the content check stops a build right after this hook, before any page runs;
        // the preview answers every page with its problems page. The module is still provided, without
        // settings, so that content.config.ts loads and the collections are read at once: a preview
        // started without them kept its collections empty (or stale) after site.yaml was fixed.
        const state: Omit<BuildState, 'settings'> & { settings?: SiteSettings } = {
          contentDir,
          ...(settings ? { settings } : {}),
          includeDrafts: command === 'dev',
          screenshotCacheDir: screenshotCacheFolder(fileURLToPath(config.cacheDir)),
        };
        const source = [
          ...Object.entries(state).map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`),
          `export { cardReceiver } from ${JSON.stringify(cardHandover.split(path.sep).join('/'))};`,
        ].join('\n');
        const resolvedId = `\0${BUILD_STATE_MODULE}`;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'commfolio:build-state',
                resolveId: (id) => (id === BUILD_STATE_MODULE ? resolvedId : undefined),
                load: (id) => (id === resolvedId ? source : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
