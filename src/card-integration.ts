import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSocialCards, cardBuildMode } from './lib/social-card/build-cards.ts';
import { startCardWorkers, type CardWorkers } from './lib/social-card/render-pool.ts';
import type { CardJob } from './lib/social-card/card-cache.ts';

/** Where the pages leave the list of cards for the card step (src/pages/social-cards/cards.json.ts). */
const CARD_LIST = 'social-cards/cards.json';

/**
 * The build's card step. Astro renders pages one at a time; cards are rendered after the pages
 * instead, all at once: unchanged cards are copied from a cache that outlives builds
 * (`<cacheDir>/social-cards/`, so one per content folder), the others are rendered on every core.
 * `COMMFOLIO_CARDS=serial|off` selects the benchmark's baselines (see build-cards.ts).
 */
export function socialCardIntegration(environment: Record<string, string | undefined>): AstroIntegration {
  let cacheDir = '';
  let workers: CardWorkers | undefined;
  return {
    name: 'commfolio:social-cards',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { __COMMFOLIO_CARD_STEP__: JSON.stringify(command === 'build') } } });
      },
      'astro:config:done': ({ config }) => {
        cacheDir = path.join(fileURLToPath(config.cacheDir), 'social-cards');
      },
      // One worker starts with the build and warms up on the core Astro leaves idle while it renders
      // pages, ready for the few cards a rebuild changes; the card step adds one per core when many are new.
      'astro:build:start': () => {
        if (cardBuildMode(environment) === 'cached') workers = startCardWorkers(1);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const listFile = path.join(outDir, CARD_LIST);
        const jobs = JSON.parse(await readFile(listFile, 'utf8')) as CardJob[];
        await rm(listFile);
        const mode = cardBuildMode(environment);
        const report = await buildSocialCards(jobs, { outDir, cacheDir, mode, workers }).finally(() => workers?.close());
        const seconds = (report.milliseconds / 1000).toFixed(1);
        // The benchmark (scripts/bench.ts) reads the step's timings from this file.
        if (environment.COMMFOLIO_CARD_REPORT) await writeFile(environment.COMMFOLIO_CARD_REPORT, JSON.stringify(report));
        logger.info(mode === 'off' ? 'social cards: off (COMMFOLIO_CARDS=off)' : `social cards: ${report.rendered} rendered, ${report.reused} reused from the cache, in ${seconds} s`);
      },
    },
  };
}
