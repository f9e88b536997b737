/**
 * Reads and writes the small part of EXIF (a TIFF structure) that privacy needs: which tags an
 * image carries, in which directory, and its orientation; and an EXIF block holding nothing but
 * the orientation, which is what a cleaned image keeps so it still shows the right way up.
 * Pure: works on bytes only.
 */

/** A tag found in an EXIF block: the directory it sits in and its numeric id. */
export interface ExifTag {
  directory: 'image' | 'exif' | 'gps' | 'interoperability' | 'thumbnail';
  id: number;
}

/** Every EXIF block starts with this in JPEG APP1 segments (and sometimes elsewhere). */
const EXIF_HEADER = Buffer.from('Exif\0\0', 'latin1');

/** The TIFF structure inside an EXIF block, without the "Exif\0\0" header some containers add. */
export function tiffOf(block: Buffer): Buffer {
  return block.subarray(0, 6).equals(EXIF_HEADER) ? block.subarray(6) : block;
}

const POINTERS: Record<number, ExifTag['directory']> = { 0x8769: 'exif', 0x8825: 'gps', 0xa005: 'interoperability' };

/** The tags of an EXIF block (with or without its "Exif\0\0" header); a damaged block yields what could be read. */
export function exifTags(block: Buffer): ExifTag[] {
  const tiff = tiffOf(block);
  if (tiff.length < 8) return [];
  const order = tiff.toString('latin1', 0, 2);
  if (order !== 'II' && order !== 'MM') return [];
  const little = order === 'II';
  const u16 = (offset: number) => (offset + 2 <= tiff.length ? (little ? tiff.readUInt16LE(offset) : tiff.readUInt16BE(offset)) : 0);
  const u32 = (offset: number) => (offset + 4 <= tiff.length ? (little ? tiff.readUInt32LE(offset) : tiff.readUInt32BE(offset)) : 0);
  const tags: ExifTag[] = [];
  const visited = new Set<number>();
  const readDirectory = (offset: number, directory: ExifTag['directory']): number => {
    if (offset < 8 || offset + 2 > tiff.length || visited.has(offset)) return 0;
    visited.add(offset);
    const count = u16(offset);
    for (let index = 0; index < count; index++) {
      const entry = offset + 2 + index * 12;
      if (entry + 12 > tiff.length) break;
      const id = u16(entry);
      const pointsTo = POINTERS[id];
      if (pointsTo) readDirectory(u32(entry + 8), pointsTo);
      else tags.push({ directory, id });
    }
    return u32(offset + 2 + count * 12);
  };
  const next = readDirectory(u32(4), 'image');
  if (next) readDirectory(next, 'thumbnail');
  return tags;
}

/** The orientation (1–8) an EXIF block gives, or 1 when it gives none. */
export function exifOrientation(block: Buffer): number {
  const tiff = tiffOf(block);
  if (tiff.length < 8) return 1;
  const little = tiff.toString('latin1', 0, 2) === 'II';
  const u16 = (offset: number) => (offset + 2 <= tiff.length ? (little ? tiff.readUInt16LE(offset) : tiff.readUInt16BE(offset)) : 0);
  const first = little ? tiff.readUInt32LE(4) : tiff.readUInt32BE(4);
  const count = u16(first);
  for (let index = 0; index < count; index++) {
    const entry = first + 2 + index * 12;
    if (u16(entry) === 0x0112) {
      const value = u16(entry + 8);
      return value >= 1 && value <= 8 ? value : 1;
    }
  }
  return 1;
}

/** A TIFF structure whose only tag is the orientation (big-endian, one directory). */
export function orientationOnlyTiff(orientation: number): Buffer {
  const tiff = Buffer.alloc(26);
  tiff.write('MM', 0, 'latin1');
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(8, 4);
  tiff.writeUInt16BE(1, 8);
  tiff.writeUInt16BE(0x0112, 10); // Orientation
  tiff.writeUInt16BE(3, 12); // SHORT
  tiff.writeUInt32BE(1, 14);
  tiff.writeUInt16BE(orientation, 18);
  tiff.writeUInt32BE(0, 22); // no next directory
  return tiff;
}

/** The same, as JPEG's APP1 payload ("Exif\0\0" first). */
export function orientationOnlyExif(orientation: number): Buffer {
  return Buffer.concat([EXIF_HEADER, orientationOnlyTiff(orientation)]);
}
