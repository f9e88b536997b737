import exifr from 'exifr';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { metadataBlocks } from '../../../src/lib/images/containers.ts';
import { stripMetadata } from '../../../src/lib/images/strip-metadata.ts';
import { taggedImage, testPicture } from '../../helpers/tagged-image.ts';

const FORMATS = ['jpeg', 'png', 'webp'] as const;
/** exifr reads every kind of metadata, but not the PNG header or the colour profile. */
const EVERYTHING = { tiff: true, ifd1: true, exif: true, gps: true, xmp: true, iptc: true, icc: false, jfif: false, ihdr: false };

/** The decoded pixels, as stored and as shown (rotated by the orientation). */
async function pixels(bytes: Buffer) {
  return Promise.all([sharp(bytes).raw().toBuffer(), sharp(bytes).autoOrient().raw().toBuffer()]);
}

describe('stripMetadata', () => {
  test.each(FORMATS)('removes EXIF, GPS, XMP, comments and trailers from a %s file without changing a pixel', async (format) => {
    const tagged = await taggedImage(format);
    const stripped = stripMetadata(tagged)!;
    expect(stripped.removed).toEqual(expect.arrayContaining(['EXIF', 'XMP']));
    expect(await pixels(stripped.bytes)).toEqual(await pixels(tagged));
    expect(await exifr.parse(stripped.bytes, EVERYTHING).catch(() => undefined)).toBeUndefined();
    const { exif, xmp, iptc, comments, icc } = await sharp(stripped.bytes).metadata();
    expect({ exif, xmp, iptc, comments }).toEqual({ exif: undefined, xmp: undefined, iptc: undefined, comments: undefined });
    expect(icc, 'the colour profile is kept').toBeDefined();
    expect(stripped.bytes.includes(Buffer.from('Leaky'))).toBe(false);
    expect(stripped.bytes.includes(Buffer.from('motion photo'))).toBe(false);
  });

  test.each(FORMATS)('keeps a %s photo the right way up: its orientation stays, alone', async (format) => {
    const tagged = await taggedImage(format, { orientation: 6 });
    const stripped = stripMetadata(tagged)!;
    expect(stripped.keptOrientation).toBe(true);
    expect((await sharp(stripped.bytes).metadata()).orientation).toBe(6);
    expect(await pixels(stripped.bytes)).toEqual(await pixels(tagged));
    expect(await exifr.parse(stripped.bytes, EVERYTHING).catch(() => undefined)).toEqual(
      format === 'webp' ? undefined : { Orientation: 'Rotate 90 CW' },
    );
  });

  test.each(FORMATS)('leaves a clean %s file as it is (the same bytes), and a stripped one too', async (format) => {
    const clean = await (await testPicture()).toFormat(format).toBuffer();
    expect(stripMetadata(clean)).toEqual({ bytes: clean, removed: [], keptOrientation: false });
    const stripped = stripMetadata(await taggedImage(format, { orientation: 3 }))!;
    expect(stripMetadata(stripped.bytes)!.removed).toEqual([]);
    expect(metadataBlocks(stripped.bytes).map((block) => block.kind)).toEqual(['exif']);
  });

  test('refuses what it cannot read safely rather than guess', async () => {
    const jpeg = await taggedImage('jpeg');
    expect(stripMetadata(jpeg.subarray(0, 200))).toBeUndefined();
    expect(stripMetadata(Buffer.from('not an image'))).toBeUndefined();
    expect(stripMetadata(await (await testPicture()).avif().toBuffer())).toBeUndefined();
  });
});
