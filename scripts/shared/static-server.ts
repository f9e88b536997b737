import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.xml': 'application/xml',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
};

/** Rules of a Netlify/Cloudflare `_headers` file: a path pattern (`*` at the end) and its headers. */
export function parseHeadersFile(text: string): { pattern: string; headers: Record<string, string>; detach: string[] }[] {
  const rules: { pattern: string; headers: Record<string, string>; detach: string[] }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {}, detach: [] });
    else if (rules.length > 0 && line.trim().startsWith('!')) rules.at(-1)!.detach.push(line.trim().slice(1).trim().toLowerCase());
    else if (rules.length > 0) {
      const separator = line.indexOf(':');
      rules.at(-1)!.headers[line.slice(0, separator).trim()] = line.slice(separator + 1).trim();
    }
  }
  return rules;
}

/**
 * The headers `_headers` rules give a path, as Netlify and Cloudflare Pages apply them: every
 * matching rule adds its headers, a header named twice gets both values (joined by a comma), and
 * `! Name` (Cloudflare's syntax) removes what earlier rules set.
 */
export function headersFor(rules: ReturnType<typeof parseHeadersFile>, pathname: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules.filter(({ pattern }) =>
    pattern.endsWith('*') ? pathname.startsWith(pattern.slice(0, -1)) : pathname === pattern,
  )) {
    for (const name of Object.keys(headers)) if (rule.detach.includes(name.toLowerCase())) delete headers[name];
    for (const [name, value] of Object.entries(rule.headers)) headers[name] = headers[name] ? `${headers[name]}, ${value}` : value;
  }
  return headers;
}

/**
 * Serves a built site from `folder` on 127.0.0.1 under `basePath`, as a static host would:
 * index.html for folders, 404.html for misses, and the headers of its `_headers` file.
 */
export async function serveFolder(folder: string, basePath = '/', port = 0): Promise<{ origin: string; close: () => Promise<void> }> {
  const root = path.resolve(folder);
  const headersFile = path.join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const sitePath = pathname.startsWith(basePath) ? `/${pathname.slice(basePath.length)}` : pathname;
    let file = path.join(root, pathname.startsWith(basePath) ? pathname.slice(basePath.length) : '\0');
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    const headers = headersFor(rules, sitePath);
    if (!file.startsWith(root) || !existsSync(file)) {
      response.writeHead(404, { ...headers, 'Content-Type': CONTENT_TYPES['.html']! });
      const notFound = path.join(root, '404.html');
      return void (existsSync(notFound) ? createReadStream(notFound).pipe(response) : response.end('Not found'));
    }
    response.writeHead(200, { ...headers, 'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  return { origin: `http://127.0.0.1:${address.port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
