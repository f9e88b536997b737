import type { CardJob } from './card-cache.ts';
import { renderJob } from './render-job.ts';

/**
 * The static paths of the dev-server card routes for one file type: the card step renders cards
 * in a build, so a build (`inBuild`) lists none.
 */
export function devCardPaths(jobs: readonly CardJob[], extension: 'png' | 'jpg', inBuild: boolean) {
  if (inBuild) return [];
  return jobs
    .filter((job) => job.file.endsWith(`.${extension}`))
    .map((job) => ({ params: { card: job.file.replace(/^social-cards\//, '').replace(/\.\w+$/, '') }, props: { job } }));
}

/** A card rendered on request, as the dev server's response. */
export async function devCardResponse(job: CardJob): Promise<Response> {
  const bytes = await renderJob(job);
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': job.image ? 'image/jpeg' : 'image/png' } });
}
