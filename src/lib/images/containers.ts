/**
 * Splits a JPEG, PNG or WebP file into the parts of its container (JPEG segments, PNG and WebP
 * chunks) and tells the parts that hold pixels or colour apart from those that hold metadata:
 * EXIF, XMP, IPTC, comments and text, maker data, second images and data after the image. The
 * pixel data itself is never decoded, so a file rebuilt from its kept parts decodes to exactly the
 * same pixels. Pure: works on bytes only.
 */
import { inflateSync } from 'node:zlib';

/** The formats whose containers are read here; others are only read through their decoder. */
export type ContainerFormat = 'jpeg' | 'png' | 'webp';

/** A piece of metadata found in a file. */
export interface MetadataBlock {
  /** What it is: parsed further by metadata-report.ts. */
  kind: 'exif' | 'xmp' | 'iptc' | 'text' | 'other';
  /** A short English description, e.g. `XMP`, `PNG text "Author"`, `data after the image`. */
  label: string;
  /** The block's payload: a TIFF for EXIF, XML for XMP, IPTC-IIM records, text as UTF-8. */
  data: Buffer;
  /** For text blocks, the PNG keyword (`Author`, `Description`) or `comment` for a JPEG COM segment. */
  keyword?: string;
}

/** One part of a container, as its raw bytes, with what it holds when that is metadata. */
export interface ContainerPart {
  bytes: Buffer;
  metadata?: MetadataBlock;
}

/** A file split into its container's parts (parts concatenated are the file, bar WebP's RIFF header). */
export interface Container {
  format: ContainerFormat;
  parts: ContainerPart[];
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The format of a file from its first bytes (only the ones Commfolio accepts), or undefined. */
export function imageFormatOf(bytes: Buffer): ContainerFormat | 'gif' | 'avif' | 'tiff' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return 'jpeg';
  if (bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return 'png';
  if (bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP') return 'webp';
  if (bytes.toString('latin1', 0, 3) === 'GIF') return 'gif';
  if (bytes.toString('latin1', 4, 8) === 'ftyp' && /^avi[fs]$/.test(bytes.toString('latin1', 8, 12))) return 'avif';
  if (['II*\0', 'MM\0*'].includes(bytes.toString('latin1', 0, 4))) return 'tiff';
  return undefined;
}

/** The container's parts, or undefined when the file is not JPEG, PNG or WebP or cannot be read safely. */
export function readContainer(bytes: Buffer): Container | undefined {
  const format = imageFormatOf(bytes);
  try {
    if (format === 'jpeg') return { format, parts: jpegParts(bytes) };
    if (format === 'png') return { format, parts: pngParts(bytes) };
    if (format === 'webp') return { format, parts: webpParts(bytes) };
  } catch {
    return undefined;
  }
  return undefined;
}

/** Every metadata block of a JPEG, PNG or WebP file (none for other formats or unreadable files). */
export function metadataBlocks(bytes: Buffer): MetadataBlock[] {
  return (readContainer(bytes)?.parts ?? []).flatMap((part) => (part.metadata ? [part.metadata] : []));
}

/** Bytes after the end of an image: metadata unless they are only padding. */
function trailer(bytes: Buffer): ContainerPart[] {
  return bytes.length > 0 && bytes.some((byte) => byte !== 0)
    ? [{ bytes, metadata: { kind: 'other', label: 'data after the image', data: bytes } }]
    : bytes.length > 0
      ? [{ bytes }]
      : [];
}

const startsWith = (payload: Buffer, prefix: string) => payload.toString('latin1', 0, prefix.length) === prefix;

/** What a JPEG APPn or COM segment holds, when it is metadata. */
function jpegSegmentMetadata(marker: number, payload: Buffer): MetadataBlock | undefined {
  if (marker === 0xfe) return { kind: 'text', label: 'JPEG comment', data: payload, keyword: 'comment' };
  if (marker === 0xe0) return startsWith(payload, 'JFIF\0') ? undefined : { kind: 'other', label: 'APP0 (a thumbnail)', data: payload };
  if (marker === 0xe1) {
    if (startsWith(payload, 'Exif\0')) return { kind: 'exif', label: 'EXIF', data: payload.subarray(6) };
    const xmp = ['http://ns.adobe.com/xap/1.0/\0', 'http://ns.adobe.com/xmp/extension/\0'].find((prefix) => startsWith(payload, prefix));
    if (xmp) return { kind: 'xmp', label: 'XMP', data: payload.subarray(xmp.length) };
    return { kind: 'other', label: 'APP1', data: payload };
  }
  if (marker === 0xe2) {
    if (startsWith(payload, 'ICC_PROFILE\0')) return undefined;
    return { kind: 'other', label: startsWith(payload, 'MPF\0') ? 'a second image (MPF)' : 'APP2', data: payload };
  }
  if (marker === 0xed)
    return startsWith(payload, 'Photoshop 3.0\0')
      ? { kind: 'iptc', label: 'IPTC', data: iptcFromPhotoshop(payload.subarray(14)) }
      : { kind: 'other', label: 'APP13', data: payload };
  if (marker === 0xee) return startsWith(payload, 'Adobe') ? undefined : { kind: 'other', label: 'APP14', data: payload };
  if (marker >= 0xe3 && marker <= 0xef) return { kind: 'other', label: `APP${marker - 0xe0}`, data: payload };
  return undefined;
}

/** The IPTC-IIM records inside Photoshop's image resources (resource 0x0404). */
function iptcFromPhotoshop(resources: Buffer): Buffer {
  let offset = 0;
  while (offset + 12 <= resources.length && resources.toString('latin1', offset, offset + 4) === '8BIM') {
    const id = resources.readUInt16BE(offset + 4);
    const nameLength = resources[offset + 6]!;
    const nameEnd = offset + 6 + ((nameLength + 2) & ~1);
    const size = resources.readUInt32BE(nameEnd);
    if (id === 0x0404) return resources.subarray(nameEnd + 4, nameEnd + 4 + size);
    offset = nameEnd + 4 + size + (size % 2);
  }
  return Buffer.alloc(0);
}

function jpegParts(bytes: Buffer): ContainerPart[] {
  const parts: ContainerPart[] = [{ bytes: bytes.subarray(0, 2) }];
  let offset = 2;
  while (offset < bytes.length) {
    if (bytes[offset] !== 0xff) throw new Error(`no JPEG marker at byte ${offset}`);
    let markerAt = offset;
    while (bytes[markerAt + 1] === 0xff) markerAt++; // fill bytes
    const marker = bytes[markerAt + 1]!;
    if (marker === 0xd9) {
      parts.push({ bytes: bytes.subarray(offset, markerAt + 2) }, ...trailer(bytes.subarray(markerAt + 2)));
      return parts;
    }
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      parts.push({ bytes: bytes.subarray(offset, markerAt + 2) });
      offset = markerAt + 2;
      continue;
    }
    const end = markerAt + 2 + bytes.readUInt16BE(markerAt + 2);
    if (end > bytes.length) throw new Error('a JPEG segment runs past the end of the file');
    let partEnd = end;
    if (marker === 0xda) {
      // Entropy-coded data runs to the next marker that is not a restart marker or a stuffed 0xFF00.
      while (
        partEnd + 1 < bytes.length &&
        !(bytes[partEnd] === 0xff && bytes[partEnd + 1] !== 0x00 && !(bytes[partEnd + 1]! >= 0xd0 && bytes[partEnd + 1]! <= 0xd7))
      )
        partEnd++;
      if (partEnd + 1 >= bytes.length) throw new Error('a JPEG scan has no end');
    }
    parts.push({ bytes: bytes.subarray(offset, partEnd), metadata: jpegSegmentMetadata(marker, bytes.subarray(markerAt + 4, end)) });
    offset = partEnd;
  }
  throw new Error('the JPEG file has no end marker');
}

/** PNG chunks that carry pixels, transparency, colour or animation; every other chunk is metadata. */
const PNG_KEPT = new Set([
  'IHDR',
  'PLTE',
  'IDAT',
  'IEND',
  'tRNS',
  'cHRM',
  'gAMA',
  'iCCP',
  'sBIT',
  'sRGB',
  'cICP',
  'mDCV',
  'cLLI',
  'bKGD',
  'hIST',
  'pHYs',
  'sPLT',
  'acTL',
  'fcTL',
  'fdAT',
]);

/** The text of a PNG tEXt, zTXt or iTXt chunk, with its keyword. */
function pngText(type: string, data: Buffer): { keyword: string; text: Buffer } {
  const keywordEnd = data.indexOf(0);
  const keyword = data.toString('latin1', 0, keywordEnd);
  if (type === 'tEXt') return { keyword, text: data.subarray(keywordEnd + 1) };
  if (type === 'zTXt') return { keyword, text: inflateSync(data.subarray(keywordEnd + 2)) };
  const compressed = data[keywordEnd + 1] === 1;
  const languageEnd = data.indexOf(0, keywordEnd + 3);
  const translatedEnd = data.indexOf(0, languageEnd + 1);
  const text = data.subarray(translatedEnd + 1);
  return { keyword, text: compressed ? inflateSync(text) : text };
}

/** ImageMagick writes EXIF and IPTC into PNG text as "Raw profile type exif": a length, then hex. */
function rawProfile(text: Buffer): Buffer {
  const lines = text.toString('latin1').trim().split('\n');
  return Buffer.from(lines.slice(2).join('').replace(/\s+/g, ''), 'hex');
}

function pngChunkMetadata(type: string, data: Buffer): MetadataBlock | undefined {
  if (PNG_KEPT.has(type)) return undefined;
  if (type === 'eXIf') return { kind: 'exif', label: 'EXIF', data };
  if (type === 'tEXt' || type === 'zTXt' || type === 'iTXt') {
    const { keyword, text } = pngText(type, data);
    if (keyword === 'XML:com.adobe.xmp') return { kind: 'xmp', label: 'XMP', data: text };
    const profile = /^Raw profile type (exif|app1|iptc)$/i.exec(keyword)?.[1]?.toLowerCase();
    if (profile)
      return profile === 'iptc'
        ? { kind: 'iptc', label: 'IPTC', data: rawProfile(text) }
        : { kind: 'exif', label: 'EXIF', data: rawProfile(text) };
    return { kind: 'text', label: `PNG text "${keyword}"`, data: text, keyword };
  }
  if (type === 'tIME') return { kind: 'other', label: 'the time it was last changed (tIME)', data };
  return { kind: 'other', label: `PNG chunk ${type}`, data };
}

function pngParts(bytes: Buffer): ContainerPart[] {
  const parts: ContainerPart[] = [{ bytes: bytes.subarray(0, 8) }];
  let offset = 8;
  while (offset + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    const end = offset + 12 + length;
    if (end > bytes.length) throw new Error(`the PNG chunk ${type} runs past the end of the file`);
    parts.push({ bytes: bytes.subarray(offset, end), metadata: pngChunkMetadata(type, bytes.subarray(offset + 8, offset + 8 + length)) });
    offset = end;
    if (type === 'IEND') return [...parts, ...trailer(bytes.subarray(offset))];
  }
  throw new Error('the PNG file has no IEND chunk');
}

/** WebP chunks that carry pixels, colour or animation. */
const WEBP_KEPT = new Set(['VP8 ', 'VP8L', 'VP8X', 'ALPH', 'ANIM', 'ANMF', 'ICCP']);

function webpParts(bytes: Buffer): ContainerPart[] {
  const parts: ContainerPart[] = [];
  const end = Math.min(bytes.length, 8 + bytes.readUInt32LE(4));
  let offset = 12;
  while (offset + 8 <= end) {
    const type = bytes.toString('latin1', offset, offset + 4);
    const size = bytes.readUInt32LE(offset + 4);
    const chunkEnd = offset + 8 + size + (size % 2);
    if (offset + 8 + size > end) throw new Error(`the WebP chunk ${type} runs past the end of the file`);
    const data = bytes.subarray(offset + 8, offset + 8 + size);
    const metadata: MetadataBlock | undefined = WEBP_KEPT.has(type)
      ? undefined
      : type === 'EXIF'
        ? { kind: 'exif', label: 'EXIF', data }
        : type === 'XMP '
          ? { kind: 'xmp', label: 'XMP', data }
          : { kind: 'other', label: `WebP chunk ${type.trim()}`, data };
    parts.push({ bytes: bytes.subarray(offset, Math.min(chunkEnd, end)), metadata });
    offset = chunkEnd;
  }
  return [...parts, ...trailer(bytes.subarray(end))];
}
