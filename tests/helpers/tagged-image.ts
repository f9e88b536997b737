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

/**
 * A test picture, `width`×`height`: a colour gradient under a checkerboard of 4 px squares, so
 * that it compresses well but a redaction (blocks of 12 px or more) changes it a lot.
 */
export async function testPicture(width = 64, height = 48, seed = 0): Promise<Sharp> {
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const dark = ((x >> 2) + (y >> 2)) % 2 === 0;
      const offset = (y * width + x) * 3;
      pixels[offset] = dark ? (x * 255) / width / 3 : 200 + ((seed * 17) % 55);
      pixels[offset + 1] = dark ? (y * 255) / height / 3 : 160 + ((seed * 29) % 95);
      pixels[offset + 2] = dark ? 40 + ((seed * 41) % 60) : 240;
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } });
}

/**
 * A picture in `format` carrying EXIF (camera, author, caption, GPS), XMP, and an sRGB colour
 * profile; PNG files also get a text chunk, JPEG files a comment and a video-like trailer.
 */
export async function taggedImage(
  format: 'jpeg' | 'png' | 'webp' | 'avif',
  { orientation = 1, width = 64, height = 48, seed = 0 } = {},
): Promise<Buffer> {
  const picture = (await testPicture(width, height, seed))
    .withExif(SAMPLE_EXIF)
    .withMetadata({ orientation })
    .withXmp(SAMPLE_XMP)
    .withIccProfile('srgb');
  const encoded = await picture.toFormat(format, format === 'png' ? {} : { quality: 90 }).toBuffer();
  if (format === 'png') return withPngChunks(encoded, [pngChunk('tEXt', Buffer.from('Author\0Leaky Photographer', 'latin1'))]);
  if (format === 'jpeg') return Buffer.concat([withJpegComment(encoded, 'shot at home'), Buffer.from('ftypmp42 a motion photo', 'latin1')]);
  return encoded;
}
