import { crc32 } from 'node:zlib';
import sharp, { type Sharp } from 'sharp';

/** An XMP packet with a creator, a city, a caption and a camera serial number. */
export const SAMPLE_XMP = `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" xmlns:aux="http://ns.adobe.com/exif/1.0/aux/" photoshop:City="Pune" aux:SerialNumber="SN-123456">
<dc:creator><rdf:Seq><rdf:li>Leaky Photographer</rdf:li></rdf:Seq></dc:creator>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">Family dinner at home</rdf:li></rdf:Alt></dc:description>
</rdf:Description></rdf:RDF></x:xmpmeta>
<?xpacket end="w"?>`;

/** EXIF as sharp writes it: a camera, an author, a caption and a GPS position (Pune). */
export const SAMPLE_EXIF = {
  IFD0: { Make: 'FixtureCam', Model: 'Leak 3000', Artist: 'Leaky Photographer', ImageDescription: 'Our flat' },
  IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '18/1 31/1 12/1', GPSLongitudeRef: 'E', GPSLongitude: '73/1 51/1 24/1' },
};

/** A PNG chunk with its length and CRC. */
export function pngChunk(type: string, data: Buffer): Buffer {
  const chunk = Buffer.alloc(12 + data.length);
  chunk.writeUInt32BE(data.length, 0);
  chunk.write(type, 4, 'latin1');
  data.copy(chunk, 8);
  chunk.writeUInt32BE(crc32(chunk.subarray(4, 8 + data.length)), 8 + data.length);
  return chunk;
}

/** Inserts chunks into a PNG right after IHDR. */
export function withPngChunks(png: Buffer, chunks: Buffer[]): Buffer {
  const afterHeader = 8 + 12 + png.readUInt32BE(8);
  return Buffer.concat([png.subarray(0, afterHeader), ...chunks, png.subarray(afterHeader)]);
}

/** Inserts a JPEG comment (COM) right after SOI. */
export function withJpegComment(jpeg: Buffer, text: string): Buffer {
  const payload = Buffer.from(text, 'latin1');
  const header = Buffer.from([0xff, 0xfe, 0, 0]);
  header.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), header, payload, jpeg.subarray(2)]);
}

/** A noisy test picture (so a lossy codec has real work), `width`×`height`. */
export async function testPicture(width = 64, height = 48): Promise<Sharp> {
  const pixels = Buffer.alloc(width * height * 3);
  for (let index = 0; index < pixels.length; index++) pixels[index] = (index * 37 + ((index / 3) | 0) * 11) % 256;
  return sharp(pixels, { raw: { width, height, channels: 3 } });
}

/**
 * A picture in `format` carrying EXIF (camera, author, caption, GPS), XMP, and an sRGB colour
 * profile; PNG files also get a text chunk, JPEG files a comment and a video-like trailer.
 */
export async function taggedImage(format: 'jpeg' | 'png' | 'webp' | 'avif', { orientation = 1 } = {}): Promise<Buffer> {
  const picture = (await testPicture()).withExif(SAMPLE_EXIF).withMetadata({ orientation }).withXmp(SAMPLE_XMP).withIccProfile('srgb');
  const encoded = await picture.toFormat(format, format === 'png' ? {} : { quality: 90 }).toBuffer();
  if (format === 'png') return withPngChunks(encoded, [pngChunk('tEXt', Buffer.from('Author\0Leaky Photographer', 'latin1'))]);
  if (format === 'jpeg') return Buffer.concat([withJpegComment(encoded, 'shot at home'), Buffer.from('ftypmp42 a motion photo', 'latin1')]);
  return encoded;
}
