/**
 * Says, in plain words, what an image's metadata gives away: where it was taken, the camera or
 * phone, people's names, captions, and anything else. Reads the blocks found by containers.ts
 * (or by a decoder, for other formats). Pure: works on bytes only.
 */
import type { MetadataBlock } from './containers.ts';
import { exifTags, type ExifTag } from './exif.ts';

/** What an image's metadata gives away, by kind, each with the names of the fields found. */
export interface MetadataFindings {
  /** GPS position, place names. */
  location: string[];
  /** Camera or phone make, model, serial numbers, lens, software host. */
  device: string[];
  /** Authors, owners, people shown, copyright holders. */
  names: string[];
  /** Descriptions, titles, comments, keywords. */
  captions: string[];
  /** Everything else (dates, settings, editing history, unknown blocks). */
  other: string[];
}

export type FindingKind = keyof MetadataFindings;

/** EXIF tags worth naming, by id: what they are and what they give away. */
const EXIF_TAGS: Record<number, [string, FindingKind]> = {
  0x010e: ['ImageDescription', 'captions'],
  0x010f: ['Make', 'device'],
  0x0110: ['Model', 'device'],
  0x0131: ['Software', 'other'],
  0x0132: ['DateTime', 'other'],
  0x013b: ['Artist', 'names'],
  0x013c: ['HostComputer', 'device'],
  0x8298: ['Copyright', 'names'],
  0x9003: ['DateTimeOriginal', 'other'],
  0x9004: ['DateTimeDigitized', 'other'],
  0x927c: ['MakerNote', 'device'],
  0x9286: ['UserComment', 'captions'],
  0x9c9b: ['XPTitle', 'captions'],
  0x9c9c: ['XPComment', 'captions'],
  0x9c9d: ['XPAuthor', 'names'],
  0x9c9e: ['XPKeywords', 'captions'],
  0x9c9f: ['XPSubject', 'captions'],
  0xa420: ['ImageUniqueID', 'device'],
  0xa430: ['CameraOwnerName', 'names'],
  0xa431: ['BodySerialNumber', 'device'],
  0xa433: ['LensMake', 'device'],
  0xa434: ['LensModel', 'device'],
  0xa435: ['LensSerialNumber', 'device'],
};

/** EXIF tags that describe only how to show the pixels; they give nothing away. */
const HARMLESS_EXIF = new Set([
  0x0112, 0x011a, 0x011b, 0x0128, 0x0213, 0xa001, 0xa002, 0xa003, 0x9000, 0xa000, 0x9101, 0x0100, 0x0101, 0x0102, 0x0103, 0x0106, 0x0115,
  0x0201, 0x0202,
]);

function exifFinding(tag: ExifTag): [string, FindingKind] | undefined {
  if (tag.directory === 'gps') return ['GPS', 'location'];
  if (tag.directory === 'thumbnail') return ['a thumbnail', 'other'];
  if (tag.directory === 'image' && HARMLESS_EXIF.has(tag.id)) return undefined;
  if (tag.directory === 'exif' && HARMLESS_EXIF.has(tag.id)) return undefined;
  if (tag.directory === 'interoperability') return undefined;
  return EXIF_TAGS[tag.id] ?? [`EXIF tag 0x${tag.id.toString(16).padStart(4, '0')}`, 'other'];
}

/** XMP properties by pattern on their prefixed names; the first match wins. */
const XMP_KINDS: [RegExp, FindingKind][] = [
  [/^exif:GPS|^photoshop:(City|State|Country)$|^Iptc4xmpCore:(Location|CountryCode)$|^Iptc4xmpExt:Location/, 'location'],
  [/^tiff:(Make|Model)$|^aux:(SerialNumber|Lens|LensID|LensSerialNumber)$|^exifEX:(BodySerialNumber|Lens\w*)$/, 'device'],
  [
    /^dc:(creator|rights|contributor|publisher)$|^photoshop:(AuthorsPosition|Credit|Source)$|^Iptc4xmpCore:CreatorContactInfo$|^xmpRights:|^plus:|^Iptc4xmpExt:PersonInImage|^mwg-rs:Name$|^MP:PersonDisplayName$|^MPRI:PersonDisplayName$|^exifEX:CameraOwnerName$/,
    'names',
  ],
  [
    /^dc:(description|title|subject)$|^photoshop:Headline$|^exif:UserComment$|^Iptc4xmpCore:AltTextAccessibility$|^lr:hierarchicalSubject$/,
    'captions',
  ],
];

/** The properties an XMP packet sets, as prefixed names (rdf:, x: and xml: structure left out). */
export function xmpProperties(xml: string): string[] {
  const names = new Set<string>();
  for (const match of xml.matchAll(/<([A-Za-z][\w.-]*:[A-Za-z][\w.-]*)[\s/>]|\s([A-Za-z][\w.-]*:[A-Za-z][\w.-]*)\s*=\s*["']/g)) {
    const name = match[1] ?? match[2]!;
    if (!/^(rdf|x|xml|xmlns|xmpNote|stEvt|stRef):/.test(name)) names.add(name);
  }
  return [...names];
}

/** IPTC-IIM datasets of record 2 worth naming: what they are and what they give away. */
const IPTC_DATASETS: Record<number, [string, FindingKind]> = {
  5: ['ObjectName', 'captions'],
  25: ['Keywords', 'captions'],
  80: ['By-line', 'names'],
  85: ['By-lineTitle', 'names'],
  90: ['City', 'location'],
  92: ['Sub-location', 'location'],
  95: ['Province-State', 'location'],
  100: ['Country-Code', 'location'],
  101: ['Country', 'location'],
  105: ['Headline', 'captions'],
  110: ['Credit', 'names'],
  115: ['Source', 'names'],
  116: ['CopyrightNotice', 'names'],
  118: ['Contact', 'names'],
  120: ['Caption-Abstract', 'captions'],
  122: ['Writer-Editor', 'names'],
};

/** The record-2 datasets an IPTC-IIM block sets (its version record left out). */
export function iptcDatasets(iim: Buffer): number[] {
  const datasets: number[] = [];
  for (let offset = 0; offset + 5 <= iim.length && iim[offset] === 0x1c;) {
    const record = iim[offset + 1]!;
    const dataset = iim[offset + 2]!;
    const size = iim.readUInt16BE(offset + 3);
    if (size & 0x8000) break; // extended lengths are never used for text fields
    if (record === 2 && dataset !== 0) datasets.push(dataset);
    offset += 5 + size;
  }
  return datasets;
}

/** PNG text keywords (and JPEG comments) by what they give away. */
function textFinding(keyword = ''): [string, FindingKind] {
  if (/^(author|copyright|artist|creator|owner)$/i.test(keyword)) return [keyword, 'names'];
  if (/^(description|title|comment|caption|keywords|subject)$/i.test(keyword)) return [keyword, 'captions'];
  if (/^(location|gps)/i.test(keyword)) return [keyword, 'location'];
  return [keyword || 'text', 'other'];
}

/** What the metadata blocks of one image give away; every list empty means nothing. */
export function metadataFindings(blocks: readonly MetadataBlock[]): MetadataFindings {
  const findings: MetadataFindings = { location: [], device: [], names: [], captions: [], other: [] };
  const add = ([name, kind]: [string, FindingKind]) => {
    if (!findings[kind].includes(name)) findings[kind].push(name);
  };
  for (const block of blocks) {
    if (block.kind === 'exif') {
      for (const tag of exifTags(block.data)) {
        const finding = exifFinding(tag);
        if (finding) add(finding);
      }
    } else if (block.kind === 'xmp') {
      const properties = xmpProperties(block.data.toString('utf8'));
      for (const property of properties) add([property, XMP_KINDS.find(([pattern]) => pattern.test(property))?.[1] ?? 'other']);
      if (properties.length === 0) add(['XMP', 'other']);
    } else if (block.kind === 'iptc') {
      const datasets = iptcDatasets(block.data);
      for (const dataset of datasets) add(IPTC_DATASETS[dataset] ?? [`IPTC 2:${dataset}`, 'other']);
      if (datasets.length === 0) add(['IPTC', 'other']);
    } else if (block.kind === 'text') {
      add(block.keyword === 'comment' ? ['comment', 'captions'] : textFinding(block.keyword));
    } else {
      add([block.label, 'other']);
    }
  }
  return findings;
}

/** Whether the findings name anything at all. */
export function hasFindings(findings: MetadataFindings): boolean {
  return Object.values(findings).some((names) => names.length > 0);
}

const KIND_WORDS: Record<FindingKind, string> = {
  location: 'where it was taken',
  device: 'the camera or phone',
  names: 'names',
  captions: 'captions or comments',
  other: 'other details',
};

/** The findings as one phrase: `where it was taken (GPS), the camera or phone (Make, Model) and other details (DateTimeOriginal)`. */
export function describeFindings(findings: MetadataFindings, examples = 3): string {
  const parts = (Object.keys(KIND_WORDS) as FindingKind[])
    .filter((kind) => findings[kind].length > 0)
    .map((kind) => {
      const names = findings[kind];
      const shown = names.slice(0, examples).join(', ') + (names.length > examples ? ` and ${names.length - examples} more` : '');
      return `${KIND_WORDS[kind]} (${shown})`;
    });
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
