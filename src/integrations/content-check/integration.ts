import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { checkContent } from '../../content-folder/check/check-content.ts';
import { formatProblems } from '../../lib/content-problems.ts';
import { CONTENT_CHECKED } from '../../content-folder/layout.ts';
import { checkWhilePreviewing } from './dev-preview.ts';

/**
 * Checks the whole content folder before Astro loads it, so a build stops with one report naming
 * every broken file and field instead of Astro's first error. The preview (`astro dev`) starts
 * whatever the content holds and shows the same report in the browser until it is fixed.
 */
export function contentCheckIntegration(contentDir: string, environment: Record<string, string | undefined>): AstroIntegration {
  return {
    name: 'commfolio:content-check',
    hooks: {
      'astro:config:setup': async ({ command }) => {
        // `npm run build` checks before it starts Astro and says so here, so the check runs once.
        if (command === 'dev' || environment[CONTENT_CHECKED] === contentDir) return;
        const problems = await checkContent(contentDir, environment);
        if (problems.length === 0) return;
        throw new AstroError(
          formatProblems(problems, process.cwd()),
          'Nothing was built. Run `npm run check` to see this list again without building.',
        );
      },
      'astro:server:setup': ({ server, logger }) => {
        checkWhilePreviewing(server, { contentDir, environment, projectRoot: process.cwd(), logger });
      },
    },
  };
}
