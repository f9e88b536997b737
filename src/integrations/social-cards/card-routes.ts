import { socialCardRouteParam } from '../../lib/urls.ts';
import type { CardJob } from './card-cache.ts';
import { cardReceiver } from 'virtual:commfolio/build';
import { renderJob } from './render-job.ts';

/**
 * The static paths of the card routes for one file type. In a build, Astro asks for them before
 * it generates any page: the cards go to the card step instead (which starts rendering them
 * beside the pages, with its cache and threads) and the routes list no paths. Under `astro dev`
 * each card is a path, rendered on request.
 */
export async function cardPaths(listJobs: () => Promise<readonly CardJob[]>, extension: 'png' | 'jpg') {
  const receiver = cardReceiver();
  if (receiver) {
    await receiver.submit(listJobs);
    return [];
  }
  return (await listJobs())
    .filter((job) => job.file.endsWith(`.${extension}`))
    .map((job) => ({ params: { card: socialCardRouteParam(job.file) }, props: { job } }));
}

/** A card rendered on request, as the dev server's response. */
export async function devCardResponse(job: CardJob): Promise<Response> {
  const bytes = await renderJob(job);
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': job.image ? 'image/jpeg' : 'image/png' } });
}
