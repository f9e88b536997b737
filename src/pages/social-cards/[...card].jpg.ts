// Social cards under `astro dev`, rendered on request. A build renders them all at once in the
// card step (src/card-integration.ts), with a cache and on all cores, so there this lists none.
import type { APIRoute } from 'astro';
import { getSocialCardJobs } from '../../social-cards.ts';
import { devCardPaths, devCardResponse } from '../../lib/social-card/dev-route.ts';
import type { CardJob } from '../../lib/social-card/card-cache.ts';

declare const __COMMFOLIO_CARD_STEP__: boolean;

export async function getStaticPaths() {
  return devCardPaths(await getSocialCardJobs(), 'jpg', __COMMFOLIO_CARD_STEP__);
}

export const GET: APIRoute = ({ props }) => devCardResponse(props.job as CardJob);
