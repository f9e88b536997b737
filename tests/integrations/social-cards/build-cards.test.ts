import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { beforeEach, describe, expect, test } from 'vitest';
import {
  buildSocialCards,
  cardBuildMode,
  startCardStep,
  type CardStepOptions,
} from '../../../src/integrations/social-cards/build-cards.ts';
import { cardHash, fileHasher, rendererFingerprint, type CardJob } from '../../../src/integrations/social-cards/card-cache.ts';
import { cardTheme, type CardData } from '../../../src/social-card/card-data.ts';

const fixtureAvatar = path.resolve(import.meta.dirname, '../../fixtures/site-basic/avatar.png');
const post = (slug: string, title: string): CardJob => ({
  file: `social-cards/post/${slug}.png`,
  input: {
    data: { template: 'post', eyebrow: 'Site', title, tags: ['tag'], footer: 'Person · site.example', language: 'en' },
    theme: cardTheme('#0f766e'),
  },
});

let folder: string;
let options: CardStepOptions & { outDir: string };
let photo: string;
const home = (): CardJob => ({
  file: 'social-cards/home.png',
  input: {
    data: { template: 'home', eyebrow: 'Site', title: 'Person', subtitle: 'Headline', footer: 'site.example', language: 'en' },
    theme: cardTheme('#0f766e'),
    photo,
  },
});

beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'commfolio-cards-'));
  photo = path.join(folder, 'photo.png');
  copyFileSync(fixtureAvatar, photo);
  // One thread: these tests are about the cache; the worker pool has tests of its own below.
  options = { outDir: path.join(folder, 'dist'), cacheDir: path.join(folder, 'cache'), threads: 1 };
});

describe('buildSocialCards', () => {
  test('renders every card once, then reuses them all', async () => {
    const jobs = [post('a', 'First'), post('b', 'Second'), home()];
    expect(await buildSocialCards(jobs, options)).toMatchObject({ rendered: 3, reused: 0 });
    const again = await buildSocialCards(jobs, { ...options, outDir: path.join(folder, 'dist-2') });
    expect(again).toMatchObject({ rendered: 0, reused: 3 });
    for (const job of jobs) expect(existsSync(path.join(folder, 'dist-2', job.file)), job.file).toBe(true);
    expect(await sharp(path.join(folder, 'dist-2/social-cards/home.png')).metadata()).toMatchObject({ width: 1200, height: 630 });
  });

  test('the output never shares a file with the cache: writing to a published card leaves the cache as it was', async () => {
    const jobs = [post('a', 'First')];
    await buildSocialCards(jobs, options);
    const published = path.join(options.outDir, jobs[0]!.file);
    const original = readFileSync(published);
    expect(statSync(published).nlink).toBe(1);
    writeFileSync(published, 'edited in dist/');
    expect(await buildSocialCards(jobs, { ...options, outDir: path.join(folder, 'dist-2') })).toMatchObject({ rendered: 0, reused: 1 });
    expect(readFileSync(path.join(folder, 'dist-2', jobs[0]!.file))).toEqual(original);
  }, 20_000);

  test.each([
    ['written over', (file: string) => writeFileSync(file, Buffer.alloc(statSync(file).size, 7))],
    ['cut short', (file: string) => writeFileSync(file, readFileSync(file).subarray(0, 100))],
    ['replaced by a 7-byte file', (file: string) => writeFileSync(file, 'garbage')],
  ])(
    'a cached card %s is rendered again, not published',
    async (_, damage) => {
      const jobs = [post('a', 'First'), post('b', 'Second')];
      await buildSocialCards(jobs, options);
      const original = readFileSync(path.join(options.outDir, jobs[0]!.file));
      const cached = readdirSync(options.cacheDir)
        .map((name) => path.join(options.cacheDir, name))
        .find((file) => readFileSync(file).equals(original))!;
      damage(cached);
      expect(await buildSocialCards(jobs, { ...options, outDir: path.join(folder, 'dist-2') })).toMatchObject({ rendered: 1, reused: 1 });
      expect(readFileSync(path.join(folder, 'dist-2', jobs[0]!.file))).toEqual(original);
      expect(readFileSync(cached)).toEqual(original);
    },
    20_000,
  );

  test('re-renders exactly the card whose text changed', async () => {
    await buildSocialCards([post('a', 'First'), post('b', 'Second')], options);
    expect(await buildSocialCards([post('a', 'First, edited'), post('b', 'Second')], options)).toMatchObject({ rendered: 1, reused: 1 });
  });

  test('re-renders every card when the theme changes', async () => {
    const jobs = [post('a', 'First'), post('b', 'Second')];
    await buildSocialCards(jobs, options);
    const recoloured = jobs.map((job) => ({ ...job, input: { ...job.input, theme: cardTheme('#be185d') } }));
    expect(await buildSocialCards(recoloured, options)).toMatchObject({ rendered: 2, reused: 0 });
  });

  test('re-renders the home card when the photo file changes, not when it is only touched', async () => {
    await buildSocialCards([home()], options);
    writeFileSync(photo, await sharp(fixtureAvatar).negate().png().toBuffer());
    expect(await buildSocialCards([home()], options)).toMatchObject({ rendered: 1 });
    copyFileSync(photo, `${photo}.copy`);
    copyFileSync(`${photo}.copy`, photo);
    expect(await buildSocialCards([home()], options)).toMatchObject({ rendered: 0, reused: 1 });
  });

  test('serial mode renders everything without a cache; off writes nothing', async () => {
    const jobs = [post('a', 'First')];
    await buildSocialCards(jobs, options);
    expect(await buildSocialCards(jobs, { ...options, mode: 'serial' })).toMatchObject({ rendered: 1, reused: 0 });
    expect(await buildSocialCards(jobs, { ...options, outDir: path.join(folder, 'off'), mode: 'off' })).toMatchObject({
      rendered: 0,
      reused: 0,
    });
    expect(existsSync(path.join(folder, 'off'))).toBe(false);
  });

  test('keeps the cache bounded, deleting the oldest unused files once it is three times too big', async () => {
    const job = post('a', 'First');
    await buildSocialCards([job], options);
    const kept = readdirSync(options.cacheDir);
    for (let index = 0; index < 150; index++) {
      const file = path.join(options.cacheDir, `old-${index}.png`);
      writeFileSync(file, '');
      utimesSync(file, index, index);
    }
    await buildSocialCards([job], options);
    const names = readdirSync(options.cacheDir);
    expect(names).toHaveLength(2 * 1 + 100);
    expect(names).toEqual(expect.arrayContaining([...kept, 'old-149.png']));
    expect(names).not.toContain('old-0.png');
  });

  test('renders on worker threads, writing each card', async () => {
    const jobs = Array.from({ length: 20 }, (_, index) => post(`w${index}`, `Worker card ${index}`));
    const report = await buildSocialCards(jobs, { ...options, threads: 2 });
    expect(report).toMatchObject({ rendered: 20, reused: 0 });
    expect(report.cardMilliseconds).toHaveLength(20);
    for (const job of jobs) expect((await sharp(path.join(options.outDir, job.file)).metadata()).format).toBe('png');
  });

  test('starts rendering as soon as the cards are handed over, before the build waits for them', async () => {
    const jobs = [post('a', 'First'), post('b', 'Second'), post('c', 'Third')];
    const step = startCardStep(options);
    try {
      await step.submit(async () => jobs);
      // Nothing waits on the step yet, as while Astro generates pages: the cards appear in the cache anyway.
      for (let tries = 0; readdirSync(options.cacheDir).filter((name) => name.endsWith('.png')).length < 3; tries++) {
        expect(tries, 'cards rendered before finish()').toBeLessThan(300);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(await step.finish(options.outDir)).toMatchObject({ rendered: 3, reused: 0 });
    } finally {
      await step.close();
    }
    for (const job of jobs) expect(existsSync(path.join(options.outDir, job.file)), job.file).toBe(true);
  });

  test('renders a card two pages share once, and writes it for both', async () => {
    const report = await buildSocialCards([post('a', 'Same'), post('b', 'Same')], options);
    expect(report).toMatchObject({ rendered: 1, reused: 0 });
    expect(readFileSync(path.join(options.outDir, 'social-cards/post/a.png'))).toEqual(
      readFileSync(path.join(options.outDir, 'social-cards/post/b.png')),
    );
  });

  test('a card that cannot be rendered fails the step, naming it, and leaves nothing in the cache', async () => {
    const broken = path.join(folder, 'broken.jpg');
    writeFileSync(broken, 'not an image');
    const jobs = [post('a', 'First'), { ...post('own', 'Own'), file: 'social-cards/post/own.jpg', image: broken }];
    await expect(buildSocialCards(jobs, { ...options, threads: 2 })).rejects.toThrow(
      new RegExp(
        `^Could not make the social card social-cards/post/own\\.jpg from the page's own image ${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(socialImage\\): .+\\. Replace it with an image file that opens \\(PNG, JPEG, WebP or AVIF\\), or remove socialImage\\.$`,
      ),
    );
    expect(readdirSync(options.cacheDir).filter((name) => !name.endsWith('.png'))).toEqual([]);
  });

  test('the second hand-over of a build is ignored; a step without one says what is wrong', async () => {
    const step = startCardStep(options);
    try {
      await step.submit(async () => [post('a', 'First')]);
      await step.submit(async () => [post('a', 'First'), post('b', 'Second')]);
      expect(await step.finish(options.outDir)).toMatchObject({ rendered: 1 });
    } finally {
      await step.close();
    }
    const idle = startCardStep(options);
    await expect(idle.finish(options.outDir)).rejects.toThrow('No page handed the social cards to the card step');
    await idle.close();
  });
});

describe('cardHash', () => {
  const job = post('a', 'Title');
  const hash = (changed: Partial<CardData> = {}, fingerprint = 'f') =>
    cardHash({ ...job, input: { ...job.input, data: { ...job.input.data, ...changed } } }, fingerprint, fileHasher());

  test.each<[string, Partial<CardData>]>([
    ['title', { title: 'Other' }],
    ['tags', { tags: ['other'] }],
    ['language', { language: 'hi' }],
    ['template kind', { template: 'page' }],
    ['footer', { footer: 'Other' }],
    ['text needing another font', { title: 'Title समुदाय' }],
  ])('changes with the %s', (_, changed) => {
    expect(hash(changed)).not.toBe(hash());
  });

  test('changes with the renderer, fonts and card code (the fingerprint)', () => {
    expect(hash({}, 'g')).not.toBe(hash({}, 'f'));
    expect(rendererFingerprint()).toBe(rendererFingerprint());
  });

  test('ignores text beyond what the card shows', () => {
    const long = 'x'.repeat(200);
    expect(hash({ title: `${long}a` })).toBe(hash({ title: `${long}b` }));
  });
});

describe('cardBuildMode', () => {
  test('reads COMMFOLIO_CARDS, default cached', () => {
    expect(cardBuildMode({})).toBe('cached');
    expect(cardBuildMode({ COMMFOLIO_CARDS: 'serial' })).toBe('serial');
    expect(() => cardBuildMode({ COMMFOLIO_CARDS: 'fast' })).toThrow('COMMFOLIO_CARDS must be cached, serial or off');
  });
});
