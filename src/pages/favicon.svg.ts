import { faviconOf } from '../page-data/favicon.ts';

/** The site's icon, made at build time: the owner's initials on the accent colour, or their photo (site.yaml favicon). */
export async function GET() {
  return new Response(await faviconOf(), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
}
