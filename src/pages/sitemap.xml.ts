import { sitemapXml } from '../lib/sitemap.ts';
import { urls } from '../queries/site.ts';
import { allPages, defaultAlternate } from '../queries/routes.ts';

/** Every page with its translations; 404 and drafts are not pages of a production build. */
export async function GET() {
  const pages = (await allPages()).map((page) => ({
    url: urls.absolute(page.path),
    alternates: page.alternates.map((alternate) => ({ language: alternate.language, url: urls.absolute(alternate.path) })),
    defaultUrl: urls.absolute(defaultAlternate(page.alternates)!.path),
  }));
  return new Response(sitemapXml(pages), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
