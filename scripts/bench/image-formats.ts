// npm run bench:images [-- file.png ...] — times sharp's encoders on screenshots, to choose the
// formats, widths and effort that src/integrations/screenshots/publish.ts uses.
// Speed is measured only here, never in tests: the machine is shared and noisy.
import path from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { glob } from 'tinyglobby';

const files = process.argv.slice(2).length > 0 ? process.argv.slice(2) : (await glob('content/case-studies/*/*.png')).sort().slice(0, 3);
const encoders: [string, (image: Sharp) => Sharp][] = [
  ['webp q80 effort 4', (image) => image.webp({ quality: 80, effort: 4 })],
  ['avif q55 effort 4 (default)', (image) => image.avif({ quality: 55, effort: 4 })],
  ['avif q55 effort 2', (image) => image.avif({ quality: 55, effort: 2 })],
  ['avif q55 effort 0', (image) => image.avif({ quality: 55, effort: 0 })],
];
for (const file of files) {
  const { width = 0, height = 0 } = await sharp(file).metadata();
  console.log(`\n${path.basename(file)} (${width}×${height})`);
  for (const outputWidth of [1600, 960, 480].filter((candidate) => candidate <= width)) {
    for (const [label, encode] of encoders) {
      const start = performance.now();
      const output = await encode(sharp(file).resize(outputWidth)).toBuffer();
      console.log(
        `  ${String(outputWidth).padStart(4)} px  ${label.padEnd(28)} ${(performance.now() - start).toFixed(0).padStart(5)} ms ${(output.length / 1024).toFixed(0).padStart(5)} KB`,
      );
    }
  }
}
