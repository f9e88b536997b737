// npm run card -- <page path> [--out file]
// Writes the social card of one page to a file for a quick look, e.g.
//   npm run card -- /blog/measuring-engagement-rate/
// It starts Astro's dev server (drafts included), reads the page's og:image and saves that image,
// so what you see is exactly what the page links to. CONTENT_DIR works as for the other commands.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { dev } from 'astro';
import { slugify } from '../src/lib/slug.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' } } });
const [page] = positionals;
if (!page) {
  console.error('Usage: npm run card -- <page path> [--out file]\nExample: npm run card -- /blog/measuring-engagement-rate/');
  process.exit(2);
}

const port = await new Promise<number>((resolve) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port: free } = server.address() as { port: number };
    server.close(() => resolve(free));
  });
});
process.env.ASTRO_TELEMETRY_DISABLED = '1';
const server = await dev({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port } });
try {
  const origin = `http://127.0.0.1:${port}`;
  const pagePath = page.startsWith('/') ? page : `/${page}`;
  const response = await fetch(new URL(pagePath.endsWith('/') || path.extname(pagePath) ? pagePath : `${pagePath}/`, origin));
  if (!response.ok)
    throw new Error(
      `${pagePath} answered ${response.status}; give the path of a page, e.g. /blog/<slug>/ (with the base path if the site has one).`,
    );
  const image = /<meta property="og:image" content="([^"]+)"/.exec(await response.text())?.[1];
  if (!image) throw new Error(`${pagePath} has no og:image.`);
  const card = await fetch(new URL(new URL(image.replaceAll('&amp;', '&')).pathname, origin));
  if (!card.ok) throw new Error(`The card ${image} answered ${card.status}.`);
  const extension = path.extname(new URL(image).pathname);
  const out = path.resolve(values.out ?? path.join('.cache', 'cards', `${slugify(pagePath) || 'home'}${extension}`));
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, Buffer.from(await card.arrayBuffer()));
  console.log(`The card of ${pagePath} is in ${path.relative(process.cwd(), out)} (${decodeURIComponent(new URL(image).pathname)}).`);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await server.stop();
}
