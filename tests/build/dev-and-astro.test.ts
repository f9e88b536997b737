import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { withoutVitestVariables } from '../helpers/build-site.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const astroBin = path.join(projectRoot, 'node_modules/astro/bin/astro.mjs');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('astro build without the npm script', () => {
  test('still stops on broken content, naming the file and field', () => {
    const result = spawnSync(process.execPath, [astroBin, 'build'], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: {
        ...withoutVitestVariables(process.env),
        CONTENT_DIR: 'tests/fixtures/site-broken',
        COMMFOLIO_OUT_DIR: path.join(projectRoot, 'tests/.tmp/astro-direct'),
        ASTRO_TELEMETRY_DISABLED: '1',
      },
    });
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toContain('responsibilities[1]: Unknown responsibility "dancing"');
  });
});

describe('npm run dev', () => {
  let server: ReturnType<typeof spawn>;
  let origin: string;
  let output = '';
  beforeAll(async () => {
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, [astroBin, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
      cwd: projectRoot,
      env: { ...withoutVitestVariables(process.env), CONTENT_DIR: 'tests/fixtures/site-basic', ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    // Wait (at most 90 s) for the dev server to answer.
    for (let attempt = 0; attempt < 180; attempt++) {
      const ready = await fetch(origin).then(
        (response) => response.ok,
        () => false,
      );
      if (ready) return;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    throw new Error('astro dev did not start within 90 s');
  });
  afterAll(() => {
    server?.kill();
  });

  test('shows drafts, marked as drafts, so authors can preview them', async () => {
    const post = await fetch(`${origin}/blog/draft-post/`);
    expect(post.status).toBe(200);
    const html = await post.text();
    expect(html).toContain('Secret draft post');
    expect(html).toContain('Draft — not published');
    expect(await (await fetch(`${origin}/blog/`)).text()).toContain('Secret draft post');
  });

  test("shows the site without Astro's developer toolbar, which floats over the page", async () => {
    const html = await (await fetch(`${origin}/`)).text();
    expect(html).toContain('Fixture Person');
    expect(html).not.toContain('dev-toolbar');
  });

  test('serves redacted screenshots and draws charts while editing', async () => {
    const html = await (await fetch(`${origin}/case-studies/launch/`)).text();
    expect(html).toContain('<figure class="chart"');
    const source = html.match(/src="(\/_screenshots\/[^"]+\.webp)"/)?.[1];
    const image = await fetch(`${origin}${source}`);
    expect([image.status, image.headers.get('content-type')]).toEqual([200, 'image/webp']);
  });

  test('ignores the folders npm run build writes beside dist/: the open page does not reload for every file of a build', async () => {
    const folders = ['dist.building-1-test', 'dist.previous-1-test', 'tests/.tmp/watch-control'].map((folder) =>
      path.join(projectRoot, folder),
    );
    try {
      for (const folder of folders) {
        mkdirSync(folder, { recursive: true });
        writeFileSync(path.join(folder, 'index.html'), '<p>built</p>');
      }
      // The control file, which the preview does watch, shows the watcher has seen the writes.
      for (let attempt = 0; attempt < 40 && !output.includes('watch-control/index.html'); attempt++)
        await new Promise((resolve) => setTimeout(resolve, 250));
      expect(output).toContain('watch-control/index.html');
      expect(output).not.toMatch(/dist\.(building|previous)-1-test/);
    } finally {
      for (const folder of folders) rmSync(folder, { recursive: true, force: true });
    }
  });

  test('renders social cards on request', async () => {
    const card = await fetch(`${origin}/social-cards/en/post/draft-post.png`);
    expect(card.status).toBe(200);
    expect(card.headers.get('content-type')).toBe('image/png');
    expect((await card.arrayBuffer()).byteLength).toBeGreaterThan(1000);
  });
});
