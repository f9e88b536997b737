/**
 * The content check while `npm run dev` runs: it checks the content folder when the server starts
 * and again after every change in it, and while there are problems it answers every page request
 * with the problems page, in the words of `npm run check`, instead of a stale page or a stack
 * trace. When a save changes the list, the browser reloads (Vite's full-reload), so the page
 * shows the new list, or the site again once everything is fixed.
 */
import path from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import { checkContent } from '../../content-folder/check/check-content.ts';
import { isInside } from '../../content-folder/check/image-reference.ts';
import { formatProblems, type ContentProblem } from '../../lib/content-problems.ts';
import { problemsPage } from './problems-page.ts';

/** What the preview needs to check a content folder: where it is, the environment, who to tell. */
export interface PreviewCheck {
  contentDir: string;
  environment: Record<string, string | undefined>;
  projectRoot: string;
  logger: AstroIntegrationLogger;
}

/** Starts checking `contentDir` for the dev server, and serves the problems page while there are any. */
export function checkWhilePreviewing(server: ViteDevServer, { contentDir, environment, projectRoot, logger }: PreviewCheck): void {
  let latest: Promise<ContentProblem[]> = Promise.resolve([]);
  let queued = false;
  let shownReport = '';

  /** Tells the terminal and the browser when the list of problems changes. */
  const announce = (problems: ContentProblem[]) => {
    const report =
      problems.length > 0
        ? formatProblems(
            problems,
            projectRoot,
            'Fix these and save: the browser shows this list until they are fixed, then your site again.',
          )
        : '';
    if (report === shownReport) return;
    if (report) logger.error(report);
    else if (shownReport) logger.info('The content problems are fixed: the preview shows your site again.');
    shownReport = report;
    server.ws.send({ type: 'full-reload', path: '*' });
  };

  /** Checks again after the checks already asked for; changes while one waits share it. */
  const check = () => {
    if (queued) return;
    queued = true;
    latest = latest.then(async () => {
      queued = false;
      const problems = await checkContent(contentDir, environment).catch((error: unknown) => {
        logger.error(`The content check itself failed: ${(error as Error).stack ?? String(error)}`);
        return [];
      });
      announce(problems);
      return problems;
    });
  };

  /** The problems once every check asked for so far has run. */
  const settled = async () => {
    let awaited: Promise<ContentProblem[]>;
    let problems: ContentProblem[];
    do {
      awaited = latest;
      problems = await awaited;
    } while (awaited !== latest);
    return problems;
  };

  server.watcher.add(contentDir);
  server.watcher.on('all', (_event, file) => {
    if (isInside(contentDir, path.resolve(file))) check();
  });
  check();

  // Pages are requests that accept HTML; scripts, styles and images pass through untouched.
  server.middlewares.use((request, response, next) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || !request.headers.accept?.includes('text/html')) return next();
    void settled().then((problems) => {
      if (problems.length === 0) return next();
      response.writeHead(500, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      response.end(problemsPage(problems, projectRoot, `${server.config.base}@vite/client`));
    });
  });
}
