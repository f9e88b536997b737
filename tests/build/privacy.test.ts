import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import exifr from 'exifr';
import sharp from 'sharp';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, fileForPath, listFiles, readPage, type BuiltSite } from '../helpers/build-site.ts';
import { imageMetadata } from '../helpers/image-metadata.ts';
import { PRIVACY_FIXTURE_IMAGES } from '../helpers/make-privacy-fixture.ts';

const fixtureDir = path.resolve(import.meta.dirname, '../fixtures/site-privacy');

/** Mean absolute difference (0–255) between two same-sized images inside and outside a region. */
async function regionDifference(
  first: string | Buffer,
  second: string | Buffer,
  region: { left: number; top: number; width: number; height: number },
) {
  const [a, b] = await Promise.all([first, second].map((image) => sharp(image).removeAlpha().raw().toBuffer({ resolveWithObject: true })));
  expect([a!.info.width, a!.info.height]).toEqual([b!.info.width, b!.info.height]);
  const totals = { inside: [0, 0], outside: [0, 0] };
  for (let y = 0; y < a!.info.height; y++) {
    for (let x = 0; x < a!.info.width; x++) {
      const inside = x >= region.left && x < region.left + region.width && y >= region.top && y < region.top + region.height;
      const total = totals[inside ? 'inside' : 'outside'];
      for (let channel = 0; channel < 3; channel++)
        total[0]! += Math.abs(a!.data[(y * a!.info.width + x) * 3 + channel]! - b!.data[(y * b!.info.width + x) * 3 + channel]!);
      total[1]! += 3;
    }
  }
  return { inside: totals.inside[0]! / totals.inside[1]!, outside: totals.outside[0]! / totals.outside[1]! };
}

/**
 * The privacy fixture uses every image field (profile photo from content/images/, a translated
 * profile's photo, a cover, a draft's cover, socialImage, screenshots, a comparison, images in a
 * Markdown and an MDX body, an image an MDX file links as it is); every image carries GPS and
 * XMP, and the case study's screenshot, redacted, is also its socialImage and a body image.
 */
describe('building the privacy fixture', () => {
  let site: BuiltSite;
  beforeAll(() => {
    site = buildSite('site-privacy');
    expect(site.status, site.output).toBe(0);
  });

  test('every image of the fixture carries a GPS position and XMP (so the test below can fail)', async () => {
    for (const [file] of PRIVACY_FIXTURE_IMAGES) {
      // sharp finds the blocks in every container (exifr cannot open WebP); exifr reads the EXIF.
      const { exif, xmp } = await sharp(path.join(fixtureDir, file)).metadata();
      const tiff = exif?.subarray(0, 6).toString('latin1') === 'Exif\0\0' ? exif.subarray(6) : exif;
      const tags = tiff && (await exifr.parse(tiff, { gps: true, tiff: true }));
      expect([tags?.latitude, xmp?.toString().includes('photoshop:City="Pune"')], file).toEqual([expect.closeTo(18.52, 2), true]);
    }
  });

  test('no content file reaches the output, whole or inside another file', () => {
    const contentFiles = listFiles(fixtureDir)
      .filter((file) => !/\.(md|mdx|yaml)$/.test(file))
      .map((file) => ({ file, bytes: readFileSync(path.join(fixtureDir, file)) }));
    expect(contentFiles.length).toBe(PRIVACY_FIXTURE_IMAGES.length);
    const found: string[] = [];
    for (const output of listFiles(site.outDir)) {
      const bytes = readFileSync(path.join(site.outDir, output));
      for (const { file, bytes: content } of contentFiles) {
        if (bytes.includes(content) || bytes.includes(content.toString('base64'))) found.push(`${output} holds ${file}`);
      }
    }
    expect(found).toEqual([]);
  });

  test('no published image has metadata, as exifr and sharp read it', async () => {
    const images = listFiles(site.outDir).filter((file) => /\.(png|jpe?g|webp|avif|gif)$/i.test(file));
    expect(images.length).toBeGreaterThan(15);
    for (const image of images) expect(await imageMetadata(path.join(site.outDir, image)), image).toEqual({});
  });

  test('every image field and body image is published (re-encoded), and the image MDX links as it is still shows', () => {
    const sources = (page: string) =>
      readPage(site, page)
        .querySelectorAll('main img')
        .map((image) => image.getAttribute('src')!);
    expect(sources('index.html').some((src) => /\/_astro\/portrait\./.test(src))).toBe(true);
    expect(sources('hi/index.html').some((src) => /\/_astro\/portrait-hi\./.test(src))).toBe(true);
    expect(sources('blog/cover-post/index.html')).toEqual([
      expect.stringMatching(/\/_astro\/cover\..+\.webp$/),
      expect.stringMatching(/\/_astro\/body\..+\.webp$/),
    ]);
    const linked = sources('blog/mdx-post/index.html');
    expect(linked).toEqual([
      expect.stringMatching(/\/_astro\/mdx-body\..+\.webp$/),
      expect.stringMatching(/\/_astro\/linked\.[\w-]+\.jpg$/),
    ]);
    for (const src of linked) expect(readFileSync(fileForPath(site, src)).length).toBeGreaterThan(0);
    expect(site.output).toMatch(/re-encoded 1 image that pages link to as they were in the content folder: _astro\/linked\./);
    expect(site.output).toMatch(/removed 1 unchanged copy of content files that no page uses: _astro\/draft-cover\./);
  });

  // The screenshot is 600×315; redact: { x: 60, y: 40, width: 200, height: 100 }.
  const region = { left: 60, top: 40, width: 200, height: 100 };
  const original = path.join(fixtureDir, 'case-studies/study/shot.png');

  test('the redacted screenshot, published as a screenshot and as a body image, no longer holds the hidden pixels', async () => {
    const page = readPage(site, 'case-studies/study/index.html');
    const screenshot = page
      .querySelectorAll('.screenshot img')
      .find((image) => image.getAttribute('alt')?.startsWith('A thread'))!
      .getAttribute('src')!;
    const bodyImage = page.querySelector('.prose img')!.getAttribute('src')!;
    for (const published of [screenshot, bodyImage]) {
      const { inside, outside } = await regionDifference(fileForPath(site, published), original, region);
      expect(inside, published).toBeGreaterThan(40);
      expect(outside, published).toBeLessThan(12);
    }
  });

  test('the same file as the case study’s socialImage makes a card with the region hidden too', async () => {
    const card = fileForPath(site, '/social-cards/en/case-study/study.jpg');
    const unredacted = await sharp(original).resize(1200, 630).toBuffer();
    const { inside, outside } = await regionDifference(card, unredacted, { left: 120, top: 80, width: 400, height: 200 });
    expect(inside).toBeGreaterThan(40);
    expect(outside).toBeLessThan(12);
  });
});

describe('adding a redaction to a file Astro has already published as a body image', () => {
  test('publishes it redacted: Astro does not reuse the transformed copy it cached before', async () => {
    const contentDir = path.join(mkdtempSync(path.join(tmpdir(), 'commfolio-redaction-cache-')), 'content');
    cpSync(fixtureDir, contentDir, { recursive: true });
    const study = path.join(contentDir, 'case-studies/study/index.md');
    const withRegion = readFileSync(study, 'utf8');
    writeFileSync(study, withRegion.replace(/ {4}redact:\n.*\n/, ''));
    const bodyImage = (site: BuiltSite) =>
      fileForPath(site, readPage(site, 'case-studies/study/index.html').querySelector('.prose img')!.getAttribute('src')!);
    const before = buildSite(contentDir, { COMMFOLIO_OUT_DIR: path.join(contentDir, '../first') });
    expect(before.status, before.output).toBe(0);
    const original = path.join(fixtureDir, 'case-studies/study/shot.png');
    expect((await regionDifference(bodyImage(before), original, { left: 60, top: 40, width: 200, height: 100 })).inside).toBeLessThan(12);
    writeFileSync(study, withRegion);
    const after = buildSite(contentDir, { COMMFOLIO_OUT_DIR: path.join(contentDir, '../second') });
    expect(after.status, after.output).toBe(0);
    expect((await regionDifference(bodyImage(after), original, { left: 60, top: 40, width: 200, height: 100 })).inside).toBeGreaterThan(40);
  });
});
