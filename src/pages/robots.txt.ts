import { urls } from '../queries/site.ts';

export function GET() {
  return new Response(`User-agent: *\nAllow: /\nDisallow: ${urls.admin()}\n\nSitemap: ${urls.absolute(urls.sitemap())}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
