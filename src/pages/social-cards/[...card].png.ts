// The site's generated social cards. In a build the list goes to the card step
// (src/integrations/social-cards/integration.ts), which renders beside the pages with a cache and threads, and this
// route lists no paths; under `astro dev` each is rendered on request.
import type { APIRoute } from 'astro';
import { getSocialCardJobs } from '../../page-data/social-cards.ts';
import { cardPaths, devCardResponse } from '../../integrations/social-cards/card-routes.ts';
import type { CardJob } from '../../integrations/social-cards/card-cache.ts';

export async function getStaticPaths() {
  return cardPaths(getSocialCardJobs, 'png');
}

export const GET: APIRoute = ({ props }) => devCardResponse(props.job as CardJob);
