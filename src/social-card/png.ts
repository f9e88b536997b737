import { crc32, deflateSync } from 'node:zlib';

/**
 * A PNG encoder for rendered cards, about three times faster than resvg-js's `asPng()` on our
 * cards (2.3 ms against 6.7 ms in a loop of 300 mixed-script cards; whole cards 12.2 ms against
 * 16.1 ms) for files about 10% larger (44 KB against 39 KB): every row is stored unfiltered and
 * compressed with zlib at level 3. Cards are mostly flat colour, which deflate handles well
 * without PNG's filters. sharp was slower still in that loop: the pixels must be copied out to
 * libvips's threads.
 *
 * The pixels are RGBA as resvg renders them, with premultiplied alpha. They are written as they
 * are, which is exact for opaque pixels; cards are opaque (their frame paints the background).
 */
export function encodeOpaquePng(rgba: Uint8Array, width: number, height: number): Buffer {
  const stride = width * 4;
  if (rgba.length !== stride * height) throw new Error(`encodeOpaquePng: ${rgba.length} bytes are not ${width}×${height} RGBA pixels.`);
  const rows = Buffer.allocUnsafe((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    const start = y * (stride + 1);
    rows[start] = 0; // filter type: none
    rows.set(rgba.subarray(y * stride, (y + 1) * stride), start + 1);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // colour type: RGBA
  return Buffer.concat([
    SIGNATURE,
    ...chunk('IHDR', header),
    ...chunk('IDAT', deflateSync(rows, { level: 3 })),
    ...chunk('IEND', Buffer.alloc(0)),
  ]);
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A PNG chunk: length, type, data, and the CRC of type and data. */
function chunk(type: string, data: Buffer): Buffer[] {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const check = Buffer.alloc(4);
  check.writeUInt32BE(crc32(data, crc32(head.subarray(4))) >>> 0, 0);
  return [head, data, check];
}
