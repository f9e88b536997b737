import sharp from 'sharp';

/** Where a picture has ink: the pixels darker than mid-grey on a white background. */
export interface Ink {
  /** Bounding box of the ink, in pixels; empty when there is none. */
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** Centre of mass of the ink. */
  centreX: number;
  centreY: number;
  /** Number of inked pixels. */
  pixels: number;
}

/** The ink of a PNG, or of the pixels where two PNGs of the same size differ (`minus`). */
export async function inkOf(png: Buffer, minus?: Buffer): Promise<Ink> {
  const read = (file: Buffer) => sharp(file).flatten({ background: '#ffffff' }).greyscale().raw().toBuffer({ resolveWithObject: true });
  const { data, info } = await read(png);
  const other = minus ? (await read(minus)).data : undefined;
  const ink: Ink = { top: Infinity, bottom: -Infinity, left: Infinity, right: -Infinity, centreX: 0, centreY: 0, pixels: 0 };
  for (let y = 0; y < info.height; y++) {
    for (let x = 0; x < info.width; x++) {
      const value = data[y * info.width + x]!;
      const inked = other ? Math.abs(value - other[y * info.width + x]!) > 128 : value < 128;
      if (!inked) continue;
      ink.pixels++;
      ink.centreX += x;
      ink.centreY += y;
      ink.top = Math.min(ink.top, y);
      ink.bottom = Math.max(ink.bottom, y);
      ink.left = Math.min(ink.left, x);
      ink.right = Math.max(ink.right, x);
    }
  }
  if (ink.pixels) {
    ink.centreX /= ink.pixels;
    ink.centreY /= ink.pixels;
  }
  return ink;
}
