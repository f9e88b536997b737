import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

/** Set APPROVE_CARDS=1 (npm run test:approve-cards) to write the current renders as the new goldens. */
export const approving = process.env.APPROVE_CARDS === '1';
const actualFolder = path.resolve(import.meta.dirname, '../.tmp/cards');

/** How far a render is from its golden: mean difference per channel (0–255) and the share of pixels off by more than 64. */
export async function imageDifference(actual: Buffer, expected: Buffer): Promise<{ mean: number; changedShare: number }> {
  const raw = (png: Buffer) => sharp(png).flatten({ background: '#ffffff' }).removeAlpha().raw().toBuffer();
  const [a, b] = await Promise.all([raw(actual), raw(expected)]);
  if (a.length !== b.length) return { mean: 255, changedShare: 1 };
  let sum = 0;
  let changed = 0;
  for (let index = 0; index < a.length; index += 3) {
    const difference = Math.abs(a[index]! - b[index]!) + Math.abs(a[index + 1]! - b[index + 1]!) + Math.abs(a[index + 2]! - b[index + 2]!);
    sum += difference;
    if (difference > 64) changed++;
  }
  return { mean: sum / a.length, changedShare: changed / (a.length / 3) };
}

/**
 * Compares a render with its golden image in `folder`, within a tolerance for anti-aliasing.
 * Approving writes the golden; a missing golden fails. A failing render is kept in tests/.tmp/cards/.
 */
export async function expectMatchesGolden(actual: Buffer, folder: string, name: string): Promise<void> {
  const golden = path.join(folder, `${name}.png`);
  if (approving) {
    mkdirSync(folder, { recursive: true });
    writeFileSync(golden, actual);
    return;
  }
  if (!existsSync(golden))
    throw new Error(`No golden image ${path.relative(process.cwd(), golden)}. Look at the card, then run npm run test:approve-cards.`);
  const { mean, changedShare } = await imageDifference(actual, readFileSync(golden));
  if (mean > 1 || changedShare > 0.002) {
    mkdirSync(actualFolder, { recursive: true });
    writeFileSync(path.join(actualFolder, `${name}.actual.png`), actual);
    throw new Error(
      `${name} differs from its golden (mean ${mean.toFixed(2)}, ${(changedShare * 100).toFixed(2)}% of pixels changed); see tests/.tmp/cards/${name}.actual.png. If the change is intended, run npm run test:approve-cards.`,
    );
  }
}
