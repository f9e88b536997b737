// Writes the images of tests/fixtures/site-privacy: one for every image field, each carrying EXIF
// (camera, author, caption, GPS) and XMP (taggedImage). Run again after changing the list:
//   npm exec -- node tests/helpers/make-privacy-fixture.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { taggedImage } from './tagged-image.ts';

/** Each fixture image: its path in the fixture, format and size (the redacted screenshot has a card's proportions). */
export const PRIVACY_FIXTURE_IMAGES = [
  ['images/portrait.jpg', 'jpeg', 200, 200],
  ['images/portrait-hi.jpg', 'jpeg', 160, 160],
  ['blog/cover.jpg', 'jpeg', 480, 240],
  ['blog/body.png', 'png', 300, 200],
  ['blog/social.webp', 'webp', 600, 315],
  ['blog/mdx-body.webp', 'webp', 300, 200],
  ['blog/linked.jpg', 'jpeg', 160, 160],
  ['blog/draft-cover.png', 'png', 200, 120],
  ['case-studies/study/shot.png', 'png', 600, 315],
  ['case-studies/study/before.jpg', 'jpeg', 300, 200],
  ['case-studies/study/after.webp', 'webp', 300, 200],
] as const;

if (import.meta.main) {
  const fixture = path.resolve(import.meta.dirname, '../fixtures/site-privacy');
  for (const [index, [file, format, width, height]] of PRIVACY_FIXTURE_IMAGES.entries()) {
    mkdirSync(path.dirname(path.join(fixture, file)), { recursive: true });
    writeFileSync(path.join(fixture, file), await taggedImage(format, { width, height, seed: index }));
  }
}
