// Social cards under `astro dev`, rendered on request. A build renders them all at once in the
// card step (src/card-integration.ts) instead, with a cache and on all cores, so here it lists none.
import type { APIRoute } from 'astro';
import { getSocialCardJobs } from '../../queries.ts';
import { renderJob } from '../../lib/social-card/render-job.ts';
import type { CardJob } from '../../lib/social-card/card-cache.ts';

declare const __COMMFOLIO_CARD_STEP__: boolean;

export async function getStaticPaths() {
  if (__COMMFOLIO_CARD_STEP__) return [];
  return (await getSocialCardJobs()).map((job) => ({ params: { file: job.file.replace(/^social-cards\//, '') }, props: { job } }));
}

export const GET: APIRoute = async ({ props }) => {
  const job = props.job as CardJob;
  const bytes = await renderJob(job);
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': job.file.endsWith('.jpg') ? 'image/jpeg' : 'image/png' } });
};
