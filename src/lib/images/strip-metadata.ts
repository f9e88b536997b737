/**
 * Removes metadata from a JPEG, PNG or WebP file without decoding it: the file is rebuilt from the
 * parts of its container that hold pixels, colour (the ICC profile stays) and animation, so it
 * decodes to exactly the same pixels. The orientation is the one piece of EXIF kept, in an EXIF
 * block of its own, so a phone photo still shows the right way up. Pure: works on bytes only.
 */
import { crc32 } from 'node:zlib';
import { readContainer, type Container, type ContainerPart } from './containers.ts';
import { exifOrientation, exifTags, orientationOnlyExif, orientationOnlyTiff } from './exif.ts';

/** What stripping did: the new bytes (the same Buffer when nothing changed) and what was removed. */
export interface StrippedImage {
  bytes: Buffer;
  /** Labels of the removed blocks, e.g. `EXIF`, `XMP`, `PNG text "Author"`, in file order, without repeats. */
  removed: string[];
  /** Whether the file's orientation was kept in a new, minimal EXIF block. */
  keptOrientation: boolean;
}

/** An EXIF block holding only the orientation, in the container's own way of storing EXIF. */
function orientationPart(format: Container['format'], orientation: number): Buffer {
  if (format === 'jpeg') {
    const payload = orientationOnlyExif(orientation);
    const header = Buffer.from([0xff, 0xe1, 0, 0]);
    header.writeUInt16BE(payload.length + 2, 2);
    return Buffer.concat([header, payload]);
  }
  const data = orientationOnlyTiff(orientation);
  const type = format === 'png' ? 'eXIf' : 'EXIF';
  const chunk = Buffer.alloc(format === 'png' ? 12 + data.length : 8 + data.length + (data.length % 2));
  if (format === 'png') {
    chunk.writeUInt32BE(data.length, 0);
    chunk.write(type, 4, 'latin1');
    data.copy(chunk, 8);
    chunk.writeUInt32BE(crc32(chunk.subarray(4, 8 + data.length)), 8 + data.length);
  } else {
    chunk.write(type, 0, 'latin1');
    chunk.writeUInt32LE(data.length, 4);
    data.copy(chunk, 8);
  }
  return chunk;
}

/** The parts joined back into a file; WebP gets its RIFF header and its VP8X flags made true again. */
function assemble(format: Container['format'], parts: Buffer[]): Buffer {
  if (format !== 'webp') return Buffer.concat(parts);
  const body = Buffer.concat(parts.map((part) => Buffer.from(part)));
  const vp8x = body.toString('latin1', 0, 4) === 'VP8X' ? body : undefined;
  if (vp8x) {
    const has = (type: string) => parts.some((part) => part.toString('latin1', 0, 4) === type);
    // VP8X flags: bit 3 EXIF, bit 2 XMP.
    vp8x[8] = (vp8x[8]! & ~0x0c) | (has('EXIF') ? 0x08 : 0) | (has('XMP ') ? 0x04 : 0);
  }
  const header = Buffer.alloc(12);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(body.length + 4, 4);
  header.write('WEBP', 8, 'latin1');
  return Buffer.concat([header, body]);
}

/** Whether a block is EXIF holding nothing but the orientation: what a cleaned file keeps. */
function isBareOrientation(part: Required<ContainerPart>): boolean {
  return part.metadata.kind === 'exif' && exifTags(part.metadata.data).every((tag) => tag.directory === 'image' && tag.id === 0x0112);
}

/** The file without its metadata; undefined when it is not a JPEG, PNG or WebP file that could be read. */
export function stripMetadata(bytes: Buffer): StrippedImage | undefined {
  const container = readContainer(bytes);
  if (!container) return undefined;
  const metadata = container.parts.filter(
    (part): part is Required<ContainerPart> => part.metadata !== undefined && !isBareOrientation(part as Required<ContainerPart>),
  );
  if (metadata.length === 0) return { bytes, removed: [], keptOrientation: false };
  const exif = metadata.find((part) => part.metadata.kind === 'exif');
  const keepsBareOrientation = container.parts.some((part) => part.metadata && !metadata.includes(part as Required<ContainerPart>));
  const orientation = exif && !keepsBareOrientation ? exifOrientation(exif.metadata.data) : 1;
  const kept: Buffer[] = [];
  for (const part of container.parts) {
    if (!metadata.includes(part as Required<ContainerPart>)) kept.push(part.bytes);
    else if (part === exif && orientation !== 1) kept.push(orientationPart(container.format, orientation));
  }
  const removed = [...new Set(metadata.map((part) => part.metadata.label))];
  return { bytes: assemble(container.format, kept), removed, keptOrientation: orientation !== 1 };
}
