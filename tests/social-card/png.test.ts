import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { encodeOpaquePng } from '../../src/social-card/png.ts';

const decode = async (png: Buffer) => sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });

describe('encodeOpaquePng', () => {
  test('writes exactly the pixels it is given, in a PNG a real decoder reads (libpng checks every CRC)', async () => {
    const width = 37;
    const height = 11;
    const pixels = Buffer.alloc(width * height * 4);
    for (let index = 0; index < pixels.length; index++) pixels[index] = index % 4 === 3 ? 255 : (index * 7919) % 256;
    const { data, info } = await decode(encodeOpaquePng(pixels, width, height));
    expect(info).toMatchObject({ width, height, channels: 4 });
    expect(data.equals(pixels)).toBe(true);
  });

  test('gives the same pixels as resvg-js encoding the same opaque render itself, anti-aliased edges included', async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="63"><rect width="120" height="63" fill="#fbfaf8"/><circle cx="40" cy="30" r="22" fill="#0f766e"/><path d="M70 10 L110 50 L70 50 Z" fill="#be185d"/></svg>`;
    const image = new Resvg(svg).render();
    const ours = await decode(encodeOpaquePng(image.pixels, image.width, image.height));
    const theirs = await decode(image.asPng());
    expect(ours.data.equals(theirs.data)).toBe(true);
  });

  test('refuses pixels that do not fill the size', () => {
    expect(() => encodeOpaquePng(Buffer.alloc(10), 2, 2)).toThrow('10 bytes are not 2×2 RGBA pixels');
  });
});
