import { readFileSync } from 'node:fs';
import exifr from 'exifr';
import sharp from 'sharp';

/** FourCC names of the chunks in a WebP file (RIFF): VP8/VP8L/VP8X/ALPH carry pixels; EXIF, XMP, ICCP carry metadata. */
export function webpChunks(bytes: Buffer): string[] {
  const chunks: string[] = [];
  for (let offset = 12; offset + 8 <= bytes.length; offset += 8 + bytes.readUInt32LE(offset + 4) + (bytes.readUInt32LE(offset + 4) % 2)) {
    chunks.push(bytes.toString('latin1', offset, offset + 4));
  }
  return chunks;
}

/**
 * Every kind of metadata an image file carries, as two independent readers see it: exifr (EXIF,
 * GPS, XMP, IPTC; it does not read WebP, whose RIFF chunks are walked instead) and sharp/libvips.
 * An empty object means none.
 */
export async function imageMetadata(file: string): Promise<Record<string, unknown>> {
  const bytes = readFileSync(file);
  const found: Record<string, unknown> = {};
  if (bytes.toString('latin1', 8, 12) === 'WEBP') {
    const metadataChunks = webpChunks(bytes).filter((chunk) => !['VP8 ', 'VP8L', 'VP8X', 'ALPH'].includes(chunk));
    if (metadataChunks.length > 0) found.webpChunks = metadataChunks;
  } else {
    const tags = await exifr.parse(bytes, {
      tiff: true,
      ifd1: true,
      exif: true,
      gps: true,
      xmp: true,
      iptc: true,
      icc: false,
      jfif: false,
      ihdr: false,
    });
    if (tags && Object.keys(tags).length > 0) found.exifr = tags;
  }
  const { exif, xmp, iptc, orientation, comments } = await sharp(bytes).metadata();
  const fromSharp = Object.fromEntries(
    Object.entries({ exif: exif && true, xmp: xmp && true, iptc: iptc && true, orientation, comments }).filter(
      ([, value]) => value !== undefined,
    ),
  );
  if (Object.keys(fromSharp).length > 0) found.sharp = fromSharp;
  return found;
}
