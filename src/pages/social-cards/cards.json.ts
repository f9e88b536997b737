// The list of social cards for the build's card step, which renders them after the pages and
// deletes this file (src/card-integration.ts). Data comes from the same queries as the pages.
import type { APIRoute } from 'astro';
import { getSocialCardJobs } from '../../social-cards.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify(await getSocialCardJobs()), { headers: { 'Content-Type': 'application/json' } });
