import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cardBuildMode, startCardStep, type CardBuildMode, type CardStep } from './build-cards.ts';
import { setCardReceiver } from './card-handover.ts';

/**
 * The build's card step. It starts with the build; the card routes hand it the site's cards while
 * Astro lists the pages' paths, before any page is generated (src/integrations/social-cards/card-routes.ts).
 * Cards missing from a cache that outlives builds (`<cacheDir>/social-cards/`, one per content
 * folder) are rendered on worker threads (one per core when more than a few are new) beside the
 * pages; when the pages are done, the build waits for any left and writes them all into the output.
 * `COMMFOLIO_CARDS=serial|off` selects the benchmark's baselines (see build-cards.ts).
 */
export function socialCardIntegration(environment: Record<string, string | undefined>): AstroIntegration {
  let building = false;
  let mode: CardBuildMode = 'cached';
  let step: CardStep | undefined;
  return {
    name: 'commfolio:social-cards',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      // The threads start (and warm up) as soon as the configuration is known, while Astro syncs
      // content and bundles: the second core has little else to do then.
      'astro:config:done': ({ config }) => {
        if (!building) return;
        mode = cardBuildMode(environment);
        step = startCardStep({ cacheDir: path.join(fileURLToPath(config.cacheDir), 'social-cards'), mode });
        setCardReceiver(step);
      },
      'astro:build:done': async ({ dir, logger }) => {
        setCardReceiver(undefined);
        const report = await step!.finish(fileURLToPath(dir)).finally(() => step!.close());
        // The benchmark (scripts/bench.ts) reads the step's timings from this file.
        if (environment.COMMFOLIO_CARD_REPORT) await writeFile(environment.COMMFOLIO_CARD_REPORT, JSON.stringify(report));
        const seconds = (milliseconds: number) => (milliseconds / 1000).toFixed(1);
        logger.info(
          mode === 'off'
            ? 'social cards: off (COMMFOLIO_CARDS=off)'
            : `social cards: ${report.rendered} rendered, ${report.reused} reused from the cache, in ${seconds(report.milliseconds)} s (${seconds(report.waitMilliseconds)} s after the pages)`,
        );
      },
    },
  };
}
