// npm run privacy -- <command>   cleans what a push would make public (npm run check lists it).
//   npm run privacy -- strip                             removes metadata (GPS, camera, names, captions) from the
//                                                        images of the content folder and public/, pixels unchanged
//   npm run privacy -- bake --originals <folder>         hides the redacted regions in the image files themselves,
//                                                        after copying the untouched originals into <folder>
// Both print every file they change and touch no other.
import path from 'node:path';
import { bakeRedactions, originalsFolderProblem } from '../src/content-folder/privacy/bake.ts';
import { stripImages } from '../src/content-folder/privacy/strip.ts';
import { resolveContentDir } from '../src/content-folder/layout.ts';
import { stopWhenNpmTookOptions } from './shared/npm-options.ts';

stopWhenNpmTookOptions();

const USAGE = `Usage:
  npm run privacy -- strip                          remove metadata from the images of the content folder and public/
  npm run privacy -- bake --originals <folder>      hide redacted regions in the files, originals copied to <folder>`;

const contentDir = resolveContentDir(process.env, process.cwd());
const shown = (file: string) => path.relative(process.cwd(), file) || file;
const [command, ...args] = process.argv.slice(2);

if (command === 'strip' && args.length === 0) {
  const { cleaned, left } = await stripImages([contentDir, path.resolve('public')]);
  for (const { file, removed, keptOrientation } of cleaned)
    console.log(`  cleaned ${shown(file)}: removed ${removed.join(', ')}${keptOrientation ? ' (kept its rotation)' : ''}`);
  for (const { file, reason } of left) console.log(`  not changed ${shown(file)}: ${reason}`);
  console.log(
    cleaned.length === 0
      ? 'No image had metadata to remove; no file was changed.'
      : `Removed metadata from ${cleaned.length} image${cleaned.length === 1 ? '' : 's'}; their pixels are unchanged.`,
  );
  process.exitCode = left.length > 0 ? 1 : 0;
} else if (command === 'bake' && args[0] === '--originals' && args[1] && args.length === 2) {
  const originalsDir = path.resolve(args[1]);
  const problem = originalsFolderProblem(originalsDir, contentDir, process.cwd());
  if (problem) {
    console.error(problem);
    process.exit(2);
  }
  const { baked, skipped } = await bakeRedactions(contentDir, originalsDir);
  for (const { file, original, regions } of baked)
    console.log(`  hid ${regions} region${regions === 1 ? '' : 's'} in ${shown(file)}; the original is ${shown(original)}`);
  for (const { file, reason } of skipped) console.log(`  not changed ${shown(file)}: ${reason}`);
  console.log(
    baked.length === 0
      ? 'Every redacted region is already hidden in its file; no file was changed.'
      : `Hid the redacted regions in ${baked.length} file${baked.length === 1 ? '' : 's'}. Keep ${shown(originalsDir)} out of your repository.`,
  );
  process.exitCode = skipped.length > 0 ? 1 : 0;
} else {
  console.error(`${command && !['strip', 'bake'].includes(command) ? `Unknown command "${command}". ` : ''}${USAGE}`);
  process.exit(2);
}
