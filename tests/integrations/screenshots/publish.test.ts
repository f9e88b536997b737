import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { imageMetadata } from '../../helpers/image-metadata.ts';
import { pngHeaderOnly } from '../../helpers/png.ts';
import { pixelLimitProblem } from '../../../src/lib/screenshots/regions.ts';
import { publishScreenshot, publishedWidths, referencedScreenshots } from '../../../src/integrations/screenshots/publish.ts';

const photo = path.resolve(import.meta.dirname, '../../fixtures/site-basic/case-studies/launch/meetup-photo.jpg');

describe('publishScreenshot', () => {
  test('the fixture photo really carries GPS and camera EXIF', async () => {
    expect(await imageMetadata(photo)).toMatchObject({
      exifr: { Make: 'FixtureCam', latitude: expect.closeTo(18.52, 2) },
      sharp: { exif: true, orientation: 6 },
    });
  });

  test('writes AVIF and WebP copies, upright and without any metadata', async () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'commfolio-screenshots-'));
    const published = await publishScreenshot(photo, [{ x: 0, y: 0, width: '50%', height: '50%', style: 'pixelate' }], cacheDir);
    // The file is stored 640×400 with EXIF orientation 6 (turn 90°): it is shown 400×640.
    expect([published.width, published.height]).toEqual([400, 640]);
    expect(published.sources.map((source) => [source.type, source.files.map((file) => file.width)])).toEqual([
      ['image/avif', [400]],
      ['image/webp', [400]],
    ]);
    for (const { files } of published.sources) {
      for (const { name } of files) {
        expect(await imageMetadata(path.join(cacheDir, name)), name).toEqual({});
      }
    }
  });

  test('reuses its cached copies', async () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'commfolio-screenshots-'));
    const first = await publishScreenshot(photo, [], cacheDir);
    expect(await publishScreenshot(photo, [], cacheDir)).toEqual(first);
  });

  test.each([
    ['cut to 7 bytes', (file: string) => writeFileSync(file, 'garbage')],
    ['replaced by the unredacted original', (file: string) => copyFileSync(photo, file)],
    ['written over, same size', (file: string) => writeFileSync(file, Buffer.alloc(statSync(file).size, 1))],
    ['deleted', (file: string) => rmSync(file)],
  ])('makes the copies again when a cached one was %s', async (_, damage) => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'commfolio-screenshots-'));
    const first = await publishScreenshot(photo, [{ x: 0, y: 0, width: '50%', height: '50%', style: 'fill' }], cacheDir);
    const webp = path.join(cacheDir, first.sources[1]!.files[0]!.name);
    const encoded = readFileSync(webp);
    damage(webp);
    expect(await publishScreenshot(photo, [{ x: 0, y: 0, width: '50%', height: '50%', style: 'fill' }], cacheDir)).toEqual(first);
    expect(readFileSync(webp)).toEqual(encoded);
  });

  test("refuses an image over sharp's pixel limit instead of copying it", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'commfolio-huge-'));
    const huge = path.join(folder, 'huge.png');
    writeFileSync(huge, pngHeaderOnly(20000, 20000));
    await expect(publishScreenshot(huge, [], folder)).rejects.toThrow(/20000×20000 pixels, more than the 268 million/);
  });

  test('refuses a redaction outside the image', async () => {
    await expect(
      publishScreenshot(photo, [{ x: 390, y: 0, width: 20, height: 10, style: 'fill' }], mkdtempSync(path.join(tmpdir(), 'c-'))),
    ).rejects.toThrow(/reaches x = 410 px but the image is 400 px wide/);
  });
});

describe('imageMetadata (the test helper)', () => {
  test.each(['avif', 'webp', 'png', 'jpeg'] as const)('sees EXIF and GPS written into a %s file', async (format) => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'commfolio-leak-')), `leak.${format}`);
    const exif = {
      IFD0: { Make: 'Leak' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '18/1 31/1 12/1', GPSLongitudeRef: 'E', GPSLongitude: '73/1 51/1 24/1' },
    };
    await sharp({ create: { width: 20, height: 20, channels: 3, background: '#fff' } })
      .withExif(exif)
      [format]()
      .toFile(file);
    expect(await imageMetadata(file)).not.toEqual({});
  });
});

describe('helpers', () => {
  test.each([
    [300, [300]],
    [1200, [480, 960, 1200]],
    [3000, [480, 960, 1600]],
  ])('an image %d px wide is published at %o', (width, widths) => {
    expect(publishedWidths(width)).toEqual(widths);
  });
  test("the pixel limit is sharp's", () => {
    expect(pixelLimitProblem(16383, 16383)).toBeUndefined();
    expect(pixelLimitProblem(16384, 16384)).toMatch(/Resize it/);
  });
  test('finds the screenshot files a page links to', () => {
    expect(
      referencedScreenshots(
        '<source srcset="/p/_screenshots/a-1-480.avif 480w, /p/_screenshots/a-1-960.avif 960w"><img src="/_screenshots/a-1-480.webp">',
      ),
    ).toEqual(['a-1-480.avif', 'a-1-960.avif', 'a-1-480.webp']);
  });
});
