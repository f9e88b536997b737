import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { withoutVitestVariables } from '../helpers/build-site.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The problem lines `npm run check` prints for a content folder ("field: what to do"). */
function checkLines(contentDir: string): string[] {
  const result = spawnSync(process.execPath, ['scripts/check.ts'], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...withoutVitestVariables(process.env), CONTENT_DIR: contentDir },
  });
  return [...result.stderr.matchAll(/^ {2}- (.+)$/gm)].map(([, line]) => line!);
}

/** A copy of the basic fixture in a fresh temporary folder. */
function copyOfFixture(): string {
  const contentDir = path.join(mkdtempSync(path.join(tmpdir(), 'commfolio-dev-')), 'content');
  cpSync(path.join(projectRoot, 'tests/fixtures/site-basic'), contentDir, { recursive: true });
  return contentDir;
}

/** Edits a file of a content folder: `change` gets its text and returns the new one. */
const edit = (contentDir: string, file: string, change: (text: string) => string) =>
  writeFileSync(path.join(contentDir, file), change(readFileSync(path.join(contentDir, file), 'utf8')));

/** What a page shows: its main heading and its list items, as a reader sees them (nothing while it reloads). */
const shown = (page: Page) =>
  page
    .evaluate(() => ({
      heading: document.querySelector('h1')?.textContent?.trim(),
      items: [...document.querySelectorAll('main li')].map((item) => item.textContent),
    }))
    .catch(() => ({ heading: undefined, items: [] as (string | null)[] }));

/**
 * Runs `npm run dev` on a content folder, as a user starts it, for the tests of a describe block,
 * with Chromium to look at it; `origin` is filled in when the server answers.
 */
function previewOf(contentDir: () => string) {
  const preview = {} as { origin: string; browser: Browser };
  let server: ChildProcess | undefined;
  beforeAll(async () => {
    const port = await freePort();
    preview.origin = `http://127.0.0.1:${port}`;
    // Its own process group, so that stopping it stops Astro too.
    server = spawn('npm', ['run', 'dev', '--', '--host', '127.0.0.1', '--port', String(port)], {
      cwd: projectRoot,
      env: { ...withoutVitestVariables(process.env), CONTENT_DIR: contentDir() },
      stdio: 'ignore',
      detached: true,
    });
    for (let attempt = 0; attempt < 180; attempt++) {
      if (
        await fetch(preview.origin).then(
          () => true,
          () => false,
        )
      )
        break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    preview.browser = await launchBrowser();
  });
  afterAll(async () => {
    await preview.browser?.close();
    if (server?.pid) process.kill(-server.pid);
  });
  return preview;
}

describe('npm run dev shows content problems in the browser, where the author is looking', () => {
  let contentDir: string;
  const preview = previewOf(() => (contentDir = copyOfFixture()));

  test('a misspelt field and an unclosed quote: every problem in the words of npm run check, on the page already open; then the page again once fixed', async () => {
    const page = await preview.browser.newPage();
    await page.goto(`${preview.origin}/blog/post-1/`);
    // (Vite may reload the page once on the first visit, after optimising dependencies.)
    await expect.poll(async () => (await shown(page)).heading, { timeout: 30_000 }).toBe('Fixture post number 1');

    edit(contentDir, 'blog/post-1.md', (text) => text.replace('title: Fixture post number 1', 'titel: Fixture post number 1'));
    edit(contentDir, 'blog/post-2.md', (text) =>
      text.replace('description: Description of fixture post 2.', 'description: "Description of fixture post 2.'),
    );
    const expected = checkLines(contentDir);
    expect(expected).toEqual([
      'title: is missing. Write a title (title: "...").',
      'titel: is not a field Commfolio knows. Did you mean "title"?',
      'the quote that opens the value of description on line 3 is never closed. End the value with " on the same line: description: "Description of fixture post 2."',
    ]);
    // No reload by the test: the preview reloads the page it shows.
    await expect.poll(async () => (await shown(page)).items, { timeout: 30_000 }).toEqual(expected);
    expect((await shown(page)).heading).toBe('The preview is paused: your content needs a fix');
    const html = await page.content();
    expect(html).toContain('Commfolio found 3 problems in 2 files:');
    expect(html).not.toContain(projectRoot);
    expect(html).not.toMatch(/Stack trace|node_modules|\bat \S+ \(|\.astro:\d+/);
    // Every page says so while the problems last, not only the broken ones.
    const other = await preview.browser.newPage();
    await other.goto(`${preview.origin}/about/`);
    await expect.poll(async () => (await shown(other)).items).toEqual(expected);
    await other.close();

    edit(contentDir, 'blog/post-1.md', (text) => text.replace('titel: Fixture post number 1', 'title: Fixture post number 1'));
    edit(contentDir, 'blog/post-2.md', (text) =>
      text.replace('description: "Description of fixture post 2.', 'description: Description of fixture post 2.'),
    );
    await expect.poll(async () => (await shown(page)).heading, { timeout: 30_000 }).toBe('Fixture post number 1');
    await page.close();
  });

  test("a misspelt screenshot path: the problem, with no stack trace and none of the project's source; then the case study again", async () => {
    const page = await preview.browser.newPage();
    await page.goto(`${preview.origin}/case-studies/launch/`);
    await expect.poll(async () => (await shown(page)).heading, { timeout: 30_000 }).toBe('Launching a Discord for learners');

    edit(contentDir, 'case-studies/launch/index.md', (text) => text.replace('file: ./members.png', 'file: ./membres.png'));
    const expected = [
      'screenshots[0].file: "./membres.png" does not exist (looked for case-studies/launch/membres.png in the content folder). Check the file name and its capitals.',
    ];
    expect(checkLines(contentDir)).toEqual(expected);
    await expect.poll(async () => (await shown(page)).items, { timeout: 30_000 }).toEqual(expected);
    const response = await page.reload();
    expect(response?.status()).toBe(500);
    const html = await page.content();
    expect(html).not.toContain(projectRoot);
    expect(html).not.toMatch(/Stack trace|node_modules|\bat \S+ \(|\.astro:\d+|import |export /);

    edit(contentDir, 'case-studies/launch/index.md', (text) => text.replace('file: ./membres.png', 'file: ./members.png'));
    await expect.poll(async () => (await shown(page)).heading, { timeout: 30_000 }).toBe('Launching a Discord for learners');
    await page.close();
  });
});

describe('npm run dev started on broken content', () => {
  let contentDir: string;
  const preview = previewOf(() => {
    contentDir = copyOfFixture();
    edit(contentDir, 'blog/post-1.md', (text) => text.replace('title: Fixture post number 1', 'titel: Fixture post number 1'));
    return contentDir;
  });

  test('starts all the same and shows the problem, then the site once it is fixed', async () => {
    const page = await preview.browser.newPage();
    await page.goto(`${preview.origin}/blog/post-1/`);
    await expect
      .poll(async () => (await shown(page)).items, { timeout: 30_000 })
      .toEqual(['title: is missing. Write a title (title: "...").', 'titel: is not a field Commfolio knows. Did you mean "title"?']);
    edit(contentDir, 'blog/post-1.md', (text) => text.replace('titel: Fixture post number 1', 'title: Fixture post number 1'));
    await expect.poll(async () => (await shown(page)).heading, { timeout: 30_000 }).toBe('Fixture post number 1');
    await page.close();
  });

  test('a second npm run dev beside it says where the running preview is, without a stack trace', async () => {
    const port = await freePort();
    const second = spawnSync('npm', ['run', 'dev', '--silent', '--', '--port', String(port)], {
      cwd: projectRoot,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...withoutVitestVariables(process.env), CONTENT_DIR: contentDir },
    });
    const output = `${second.stdout}${second.stderr}`;
    expect(second.status, output).toBe(1);
    expect(output).toMatch(
      /^A preview of this portfolio is already running at http:\/\/127\.0\.0\.1:\d+\. Open that address in your browser, or stop that preview first \(Ctrl\+C in the window where it runs\)\.$/m,
    );
    expect(output).not.toMatch(/^\s+at |astro dev stop/m);
  });
});

describe('npm run dev and site.yaml', () => {
  let contentDir: string;
  const preview = previewOf(() => {
    contentDir = copyOfFixture();
    edit(contentDir, 'site.yaml', (text) =>
      text.replace("description: A fixture site for Commfolio's tests.", 'description: Fixture site: for tests.'),
    );
    return contentDir;
  });
  const title = (page: Page) => page.title().catch(() => '');

  test('started on a broken site.yaml, shows the problem, then the site once it is fixed; later edits to site.yaml show too', async () => {
    const page = await preview.browser.newPage();
    await page.goto(`${preview.origin}/about/`);
    await expect
      .poll(async () => (await shown(page)).items, { timeout: 30_000 })
      .toEqual([expect.stringMatching(/^the value of description on line 2 contains a colon/)]);

    edit(contentDir, 'site.yaml', (text) =>
      text.replace('description: Fixture site: for tests.', 'description: "Fixture site: for tests."'),
    );
    await expect.poll(() => title(page), { timeout: 60_000 }).toMatch(/· Fixture Portfolio$/);
    const html = await page.content();
    expect(html).not.toMatch(/Stack trace|virtual:commfolio/);

    edit(contentDir, 'site.yaml', (text) => text.replace('title: Fixture Portfolio', 'title: Renamed Portfolio'));
    await expect
      .poll(async () => (await page.reload().catch(() => null), title(page)), { timeout: 60_000 })
      .toMatch(/· Renamed Portfolio$/);
    await page.close();
  });

  test('after site.yaml was edited (the preview restarts), edits to posts show too, and so does a new post', async () => {
    // The previous test edited site.yaml twice: Astro restarted the preview each time.
    const page = await preview.browser.newPage();
    await page.goto(`${preview.origin}/blog/post-1/`);
    await expect.poll(async () => (await shown(page)).heading, { timeout: 30_000 }).toBe('Fixture post number 1');

    edit(contentDir, 'blog/post-1.md', (text) => text.replace('title: Fixture post number 1', 'title: Fixture post, retitled'));
    await expect
      .poll(async () => (await page.reload().catch(() => null), (await shown(page)).heading), { timeout: 30_000 })
      .toBe('Fixture post, retitled');

    writeFileSync(
      path.join(contentDir, 'blog/brand-new.md'),
      '---\ntitle: A brand-new post\ndescription: Written while the preview runs.\npublishedAt: 2025-06-01\n---\nHello.\n',
    );
    await expect
      .poll(async () => (await page.goto(`${preview.origin}/blog/brand-new/`).catch(() => null), (await shown(page)).heading), {
        timeout: 30_000,
      })
      .toBe('A brand-new post');
    await page.close();
  });
});
