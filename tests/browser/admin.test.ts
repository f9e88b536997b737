import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { adminPolicyMeta } from '../../src/lib/editor-config/admin-policy.ts';
import { buildSite, readBuilt, readPage, withoutVitestVariables } from '../helpers/build-site.ts';
import { imageMetadata, webpChunks } from '../helpers/image-metadata.ts';
import { servedSite } from '../helpers/browser.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const sampleContent = path.join(projectRoot, 'content');

/** Every file of a folder, as paths relative to `root` with their bytes in base64. */
function folderFiles(folder: string, root: string): { path: string; data: string }[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(folder, name))
    .filter((file) => statSync(file).isFile())
    .map((file) => ({ path: path.relative(root, file).split(path.sep).join('/'), data: readFileSync(file).toString('base64') }));
}

/**
 * Stands in for the folder a user picks in "Work with Local Repository": a repository in the
 * browser's Origin Private File System, filled with the sample content, and a directory picker
 * that returns it (headless Chromium cannot show the real picker).
 */
async function useRepositoryInBrowser(page: Page, files: { path: string; data: string }[]): Promise<void> {
  await page.evaluate(async (files) => {
    const root = await navigator.storage.getDirectory();
    const repository = await root.getDirectoryHandle('repository', { create: true });
    await repository.getDirectoryHandle('.git', { create: true });
    for (const file of files) {
      const parts = file.path.split('/');
      let folder = repository;
      for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part, { create: true });
      const writable = await (await folder.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
      await writable.write(Uint8Array.from(atob(file.data), (character) => character.charCodeAt(0)));
      await writable.close();
    }
    Object.assign(window, { showDirectoryPicker: async () => repository });
  }, files);
}

/**
 * Waits until the editor has written a file (path parts in the repository) whose text matches, and
 * returns the text. (page.waitForFunction would take the predicate's promise itself for a yes.)
 */
async function waitForFile(page: Page, parts: string[], pattern: RegExp): Promise<string> {
  const readText = () =>
    page.evaluate(async (parts) => {
      try {
        let folder = await (await navigator.storage.getDirectory()).getDirectoryHandle('repository');
        for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part);
        return await (await (await folder.getFileHandle(parts.at(-1)!)).getFile()).text();
      } catch {
        return '';
      }
    }, parts);
  const deadline = Date.now() + 30_000;
  let text = await readText();
  while (!pattern.test(text) && Date.now() < deadline) {
    await page.waitForTimeout(250);
    text = await readText();
  }
  expect(text, `${parts.join('/')} as the editor left it`).toMatch(pattern);
  return text;
}

/** The repository's content folder as the editor left it, copied out of the browser. */
async function copyContentOut(page: Page, destination: string): Promise<void> {
  const files = await page.evaluate(async () => {
    const found: { path: string; data: string }[] = [];
    const walk = async (folder: FileSystemDirectoryHandle, prefix: string) => {
      for await (const [name, handle] of (folder as unknown as { entries: () => AsyncIterable<[string, FileSystemHandle]> }).entries()) {
        // Chromium's swap files of a write in progress.
        if (name.endsWith('.crswap')) continue;
        if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, `${prefix}${name}/`);
        else {
          const bytes = new Uint8Array(await (await (handle as FileSystemFileHandle).getFile()).arrayBuffer());
          found.push({ path: `${prefix}${name}`, data: btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join('')) });
        }
      }
    };
    const root = await navigator.storage.getDirectory();
    await walk(await (await root.getDirectoryHandle('repository')).getDirectoryHandle('content'), '');
    return found;
  });
  for (const file of files) {
    mkdirSync(path.dirname(path.join(destination, file.path)), { recursive: true });
    writeFileSync(path.join(destination, file.path), Buffer.from(file.data, 'base64'));
  }
}

describe('the browser editor at /admin/', () => {
  const served = servedSite('../../content');

  test('gets its own policy, and every public page keeps the strict one', () => {
    const policy = readPage(served.site, 'admin/index.html')
      .querySelector('meta[http-equiv="content-security-policy"]')
      ?.getAttribute('content');
    expect(policy).toBe(adminPolicyMeta());
    expect(
      readPage(served.site, 'index.html').querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content'),
    ).not.toMatch(/unsafe-inline/);
    expect(readBuilt(served.site, 'robots.txt')).toContain('Disallow: /admin/');
    expect(readBuilt(served.site, 'sitemap.xml')).not.toContain('/admin/');
  });

  test('creates a post, edits a metric and uploads a photo in a local repository, and the site builds from what it wrote', async () => {
    const page = await served.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    const otherHosts: string[] = [];
    // The editor must run from 127.0.0.1 or localhost: Sveltia offers the local repository only there.
    const origin = served.server.origin;
    page.on('console', (message) => ['error', 'warning'].includes(message.type()) && problems.push(`${message.type()}: ${message.text()}`));
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on(
      'request',
      (request) => !/^(data|blob):/.test(request.url()) && !request.url().startsWith(origin) && otherHosts.push(request.url()),
    );

    await page.goto(`${origin}/admin/`);
    await page.getByRole('button', { name: 'Work with Local Repository' }).waitFor();
    expect(await page.getByRole('button', { name: 'Sign In Using Access Token' }).count()).toBe(1);
    expect(
      await page.getByRole('button', { name: 'Sign In with GitHub' }).count(),
      'OAuth sign-in needs a server; only the token is offered',
    ).toBe(0);
    await page.waitForTimeout(1000);
    expect(problems, 'console before sign-in').toEqual([]);
    expect(otherHosts, 'requests to other hosts before sign-in').toEqual([]);

    await useRepositoryInBrowser(page, folderFiles(sampleContent, projectRoot));
    await page.getByRole('button', { name: 'Work with Local Repository' }).click();
    await page.getByText('Site settings (site.yaml)').waitFor();

    // A new post, through the editor's form.
    await page.evaluate(() => {
      location.hash = '#/collections/posts/new';
    });
    await page.getByRole('textbox', { name: 'Title' }).fill('Welcome posts that get replies');
    await page
      .getByRole('textbox', { name: 'Description' })
      .fill('Three welcome-post formats I tested in a Discord server, and the one that doubled first replies.');
    await page.locator('input[type=date]').first().fill('2026-03-14');
    await page.locator('[contenteditable=true]').first().click();
    await page.keyboard.type('I tried three formats of welcome post. The question format doubled first replies.');
    await page.getByRole('button', { name: 'Save' }).click();
    await waitForFile(page, ['content', 'blog', 'welcome-posts-that-get-replies.md'], /^title:/m);

    // A case study's metric: the follower count after the work.
    // After saving, the editor goes back to the list of posts.
    await page.getByText('Entry saved.').waitFor();
    await page.getByText('Welcome posts that get replies').waitFor();
    await page.evaluate(() => {
      location.hash = '#/collections/caseStudies/entries/instagram-growth-pebblepot-home/index';
    });
    // List items are drawn as they scroll into view.
    await page.getByRole('button', { name: /Add .Key figures.$/ }).scrollIntoViewIfNeeded();
    // Found by its field, not by its place among the inputs: more list items are drawn while the page settles.
    const followersAfter = page.locator('section[data-key-path="metrics.0.after"] input');
    await followersAfter.waitFor();
    expect(await followersAfter.inputValue()).toBe('28560');
    await followersAfter.fill('31200');

    // And a formula's measures (Commfolio's own field: one measure per line, before -> after).
    const measures = page.locator('section[aria-label][data-key-path="metrics.1.measures"] textarea');
    await page.mouse.move(300, 500);
    for (let step = 0; step < 80 && (await measures.count()) === 0; step++) await page.mouse.wheel(0, 300);
    expect(await measures.inputValue()).toContain('reach: 322590 -> 573784');
    await measures.fill((await measures.inputValue()).replace('reach: 322590 -> 573784', 'reach: 322590 -> 600000'));

    // And a screenshot: a phone photo that records where it was taken.
    const photo = path.join(projectRoot, 'tests/fixtures/site-basic/case-studies/launch/meetup-photo.jpg');
    expect((await imageMetadata(photo)).exifr).toHaveProperty('latitude');
    await page.getByRole('button', { name: /Add .Screenshots.$/ }).scrollIntoViewIfNeeded();
    await page.getByRole('button', { name: /Add .Screenshots.$/ }).click();
    await page.locator('section[data-key-path="screenshots.3.file"] input[type=file]').first().setInputFiles(photo);
    await page
      .locator('section[data-key-path="screenshots.3.alt"] input')
      .fill('The first meetup: a yellow circle and a white card on green');
    // The editor converts the upload before it names it; a save before then keeps the old file.
    await page.locator('section[data-key-path="screenshots.3.file"]').getByText('./meetup-photo.webp').waitFor();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Entry saved.').last().waitFor();
    const savedCaseStudy = await waitForFile(
      page,
      ['content', 'case-studies', 'instagram-growth-pebblepot-home', 'index.md'],
      /after: 31200[\s\S]*meetup-photo/,
    );
    await waitForFile(page, ['content', 'case-studies', 'instagram-growth-pebblepot-home', 'meetup-photo.webp'], /^RIFF/);
    expect(problems, 'console while editing').toEqual([]);

    const content = path.join(mkdtempSync(path.join(tmpdir(), 'commfolio-edited-')), 'content');
    await copyContentOut(page, content);
    await page.close();

    const post = readFileSync(path.join(content, 'blog', 'welcome-posts-that-get-replies.md'), 'utf8');
    expect(post).toMatch(/^publishedAt: 2026-03-14$/m);
    const caseStudy = path.join(content, 'case-studies', 'instagram-growth-pebblepot-home');
    expect(readFileSync(path.join(caseStudy, 'index.md'), 'utf8'), 'the copy of the case study is what the editor saved').toBe(
      savedCaseStudy,
    );
    expect(readFileSync(path.join(caseStudy, 'index.md'), 'utf8')).toMatch(/^ {4}after: 31200$/m);
    expect(readFileSync(path.join(caseStudy, 'index.md'), 'utf8')).toMatch(/^ {6}reach:\n {8}after: 600000\n {8}before: 322590$/m);
    // The editor re-encodes uploads in the browser: the location never reaches the repository.
    expect(readFileSync(path.join(caseStudy, 'index.md'), 'utf8')).toMatch(/^ {2}- file: \.\/meetup-photo\.webp$/m);
    const upload = readFileSync(path.join(caseStudy, 'meetup-photo.webp'));
    expect(
      webpChunks(upload).filter((chunk) => ['EXIF', 'XMP '].includes(chunk)),
      'EXIF or XMP in the uploaded photo',
    ).toEqual([]);

    const check = spawnSync(process.execPath, ['scripts/check.ts', '--content-only'], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: { ...withoutVitestVariables(process.env), CONTENT_DIR: content },
    });
    expect(check.status, `${check.stdout}\n${check.stderr}`).toBe(0);
    const rebuilt = buildSite(content);
    expect(rebuilt.status, rebuilt.output).toBe(0);
    expect(readPage(rebuilt, 'blog/welcome-posts-that-get-replies/index.html').querySelector('h1')?.text).toBe(
      'Welcome posts that get replies',
    );
    expect(readPage(rebuilt, 'case-studies/instagram-growth-pebblepot-home/index.html').text).toContain('31,200');
  });
});
