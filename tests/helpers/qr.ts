import jsQR from 'jsqr';
import sharp from 'sharp';

/** The text a QR code in an SVG holds, read the way a phone would: rasterised, then decoded. Undefined when nothing decodes. */
export async function decodeQrSvg(svg: string | Buffer): Promise<string | undefined> {
  const { data, info } = await sharp(Buffer.from(svg), { density: 144 })
    .flatten({ background: '#ffffff' })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), info.width, info.height)?.data;
}
