import { describe, expect, test } from 'vitest';
import { resolveRegion } from '../../../src/lib/screenshots/regions.ts';
import { redactPixels } from '../../../src/integrations/screenshots/redact.ts';

describe('resolveRegion', () => {
  test.each([
    [
      { x: 10, y: 20, width: 30, height: 40 },
      { left: 10, top: 20, width: 30, height: 40 },
    ],
    [
      { x: '10%', y: '50%', width: '25%', height: '50%' },
      { left: 20, top: 50, width: 50, height: 50 },
    ],
    [
      { x: '10px', y: 0, width: '190px', height: 100 },
      { left: 10, top: 0, width: 190, height: 100 },
    ],
  ])('%o on a 200×100 image is %o', (region, expected) => {
    expect(resolveRegion(region, 200, 100)).toEqual({ region: expected });
  });
  test.each([
    [{ x: 180, y: 0, width: 40, height: 10 }, /outside the image: it reaches x = 220 px but the image is 200 px wide/],
    [{ x: 0, y: '90%', width: 10, height: '20%' }, /reaches y = 110 px but the image is 100 px high/],
    [{ x: 0, y: 0, width: 0, height: 10 }, /has no area/],
  ])('%o is refused', (region, message) => {
    expect(resolveRegion(region, 200, 100).problem).toMatch(message);
  });
});

describe('redactPixels', () => {
  // A 40×40 RGB image of fine stripes: every pixel differs from its neighbour.
  const width = 40;
  const data = Buffer.alloc(width * width * 3);
  for (let index = 0; index < width * width; index++) data.fill(index % 2 === 0 ? 250 : 10, index * 3, index * 3 + 3);
  const image = { data, width, height: width, channels: 3 };
  const region = { left: 8, top: 8, width: 24, height: 24 };
  const pixel = (buffer: Buffer, x: number, y: number) => [...buffer.subarray((y * width + x) * 3, (y * width + x) * 3 + 3)];

  test.each(['pixelate', 'blur', 'fill'] as const)('%s replaces every pixel of the region and nothing else', async (style) => {
    const redacted = await redactPixels(image, [{ region, style }]);
    expect(redacted.data.length).toBe(data.length);
    let unchangedInside = 0;
    for (let y = 0; y < width; y++) {
      for (let x = 0; x < width; x++) {
        const inside = x >= 8 && x < 32 && y >= 8 && y < 32;
        const same = pixel(redacted.data, x, y).join() === pixel(data, x, y).join();
        if (inside && same) unchangedInside++;
        if (!inside) expect(same, `${x},${y}`).toBe(true);
      }
    }
    // Stripes average to grey: no pixel inside keeps its original 250 or 10.
    expect(unchangedInside).toBe(0);
  });

  test('does not change the input buffer', async () => {
    const copy = Buffer.from(data);
    await redactPixels(image, [{ region, style: 'pixelate' }]);
    expect(data.equals(copy)).toBe(true);
  });
});
