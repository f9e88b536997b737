import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A request a stub service received. */
export interface StubRequest {
  host: string;
  method: string;
  path: string;
  body: string;
}

/**
 * Scripts that do what each analytics service's script does, in miniature: count the page with the
 * same kind of request (an image for GoatCounter, fetch for the others) to the same host. Served by
 * path, so one server stands in for every service.
 */
const STUB_SCRIPTS: Record<string, string> = {
  '/count.js': `(function () {
  var script = document.querySelector('script[data-goatcounter]');
  var image = document.createElement('img');
  image.alt = '';
  image.src = script.dataset.goatcounter + '?p=' + encodeURIComponent(location.pathname);
  document.body.appendChild(image);
})();`,
  '/js/script.js': `(function () {
  var script = document.currentScript;
  fetch(new URL(script.src).origin + '/api/event', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: JSON.stringify({ n: 'pageview', u: location.href, d: script.dataset.domain }) });
})();`,
  '/script.js': `(function () {
  var script = document.currentScript;
  var origin = new URL(script.src).origin;
  var host = origin === 'https://cloud.umami.is' ? 'https://gateway.umami.is' : origin;
  fetch(host + '/api/send', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: JSON.stringify({ type: 'event', payload: { website: script.dataset.websiteId, url: location.pathname } }) });
})();`,
  '/beacon.min.js': `(function () {
  var script = document.currentScript;
  fetch('https://cloudflareinsights.com/cdn-cgi/rum', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: JSON.stringify({ location: location.href, token: JSON.parse(script.dataset.cfBeacon).token }) });
})();`,
};

const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/**
 * An HTTPS server on loopback that answers for every analytics host (Chromium maps their names to
 * it with --host-resolver-rules), serving the stub scripts and recording every request.
 */
export async function startStubServices(): Promise<{ port: number; requests: StubRequest[]; close: () => Promise<void> }> {
  const folder = mkdtempSync(path.join(tmpdir(), 'commfolio-stub-tls-'));
  // A throwaway self-signed certificate; the test's browser context ignores certificate errors.
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=stub.invalid',
      '-keyout',
      path.join(folder, 'key.pem'),
      '-out',
      path.join(folder, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  const requests: StubRequest[] = [];
  const server = createServer(
    { key: readFileSync(path.join(folder, 'key.pem')), cert: readFileSync(path.join(folder, 'cert.pem')) },
    (request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const url = new URL(request.url ?? '/', 'https://stub.invalid');
        requests.push({
          host: request.headers.host ?? '',
          method: request.method ?? '',
          path: `${url.pathname}${url.search}`,
          body: Buffer.concat(chunks).toString('utf8'),
        });
        const cors = { 'Access-Control-Allow-Origin': '*' };
        const script = STUB_SCRIPTS[url.pathname];
        if (request.method === 'GET' && script)
          return void response.writeHead(200, { ...cors, 'Content-Type': 'text/javascript' }).end(script);
        if (request.method === 'GET' && url.pathname === '/count')
          return void response.writeHead(200, { ...cors, 'Content-Type': 'image/gif' }).end(PIXEL);
        response.writeHead(request.method === 'POST' ? 202 : 404, cors).end();
      });
    },
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  rmSync(folder, { recursive: true, force: true });
  return {
    port: (server.address() as { port: number }).port,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
