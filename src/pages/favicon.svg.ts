import { faviconSvg, initialsOf } from '../lib/favicon.ts';
import { getProfile } from '../queries/collections.ts';
import { settings } from '../queries/site.ts';

/** The site's icon: the owner's initials on the accent colour (site.yaml colors.accent), made at build time. */
export async function GET() {
  const { data } = await getProfile();
  return new Response(faviconSvg(initialsOf(data.name), settings.colors.accent), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
}
