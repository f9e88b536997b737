import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { launchBrowser, serveSite } from '../helpers/browser.ts';
import { ANALYTICS_CASES, analyticsSite, type AnalyticsCase } from '../helpers/service-sites.ts';
import { startStubServices } from '../helpers/stub-services.ts';

/** Every host the analytics cases talk to, which Chromium resolves to the stub server. */
const SERVICE_HOSTS = [
  ...new Set(
    Object.values(ANALYTICS_CASES).flatMap(({ script, hosts }) =>
      [script, ...hosts.script, ...hosts.img, ...hosts.connect].map((address) => new URL(address).host),
    ),
  ),
];
const APPLICATION = '/apply/acme-4r2/';

describe('analytics in Chromium, each service served locally under its own host name', () => {
  let stub: Awaited<ReturnType<typeof startStubServices>>;
  let browser: Browser;

  beforeAll(async () => {
    stub = await startStubServices();
    browser = await launchBrowser([
      `--host-resolver-rules=${SERVICE_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${stub.port}`).join(', ')}`,
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await stub?.close();
  });

  test.each(Object.keys(ANALYTICS_CASES) as AnalyticsCase[])(
    '%s: the script comes from its host and counts the application page under its own path, with no policy violation',
    async (name) => {
      const expected = ANALYTICS_CASES[name];
      const site = buildSite(analyticsSite(name));
      expect(site.status, site.output).toBe(0);
      const server = await serveSite(site.outDir);
      const context = await browser.newContext({ ignoreHTTPSErrors: true });
      const page = await context.newPage();
      const problems: string[] = [];
      const requested: string[] = [];
      page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('request', (request) => requested.push(request.url()));
      await page.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (event) =>
          console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
        ),
      );
      stub.requests.length = 0;
      await page.goto(`${server.origin}${APPLICATION}`, { waitUntil: 'networkidle' });
      await expect.poll(() => stub.requests.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
      await context.close();
      await server.close();

      const script = new URL(expected.script);
      expect(stub.requests[0]).toMatchObject({ host: script.host, method: 'GET', path: script.pathname });
      const count = stub.requests[1]!;
      const counter = new URL([...expected.hosts.img, ...expected.hosts.connect][0]!);
      expect(count.host).toBe(counter.host);
      expect(decodeURIComponent(`${count.path} ${count.body}`)).toContain(APPLICATION);
      expect(problems).toEqual([]);
      const allowed = [
        server.origin,
        ...[expected.script, ...expected.hosts.img, ...expected.hosts.connect].map((address) => new URL(address).origin),
      ];
      expect(requested.filter((url) => !url.startsWith('data:') && !allowed.some((origin) => url.startsWith(origin)))).toEqual([]);
    },
  );
});
