// npm run import -- <kind> ...   brings outside data into the content folder.
//   npm run import -- resume resume.json [--force]            a JSON Resume → content/profile.md
//   npm run import -- metrics export.csv --case-study <slug>  an analytics export → a case study's series CSV
//   npm run import -- linkedin export.zip                     LinkedIn's data export → content/profile.md and draft posts
//   npm run import -- x archive.zip --case-study <slug>       an X archive → a case study's series CSV of your posts
// The first argument picks the importer; each lives in scripts/import-<kind>.ts and exports
// `usage` (one line) and `run(args)`, which returns the exit code. To add one, add a line below.
import { stopWhenNpmTookOptions } from './shared/npm-options.ts';

stopWhenNpmTookOptions();
const IMPORTERS: Record<string, () => Promise<{ usage: string; run: (args: string[]) => Promise<number> }>> = {
  linkedin: () => import('./import-linkedin.ts'),
  metrics: () => import('./import-metrics.ts'),
  resume: () => import('./import-resume.ts'),
  x: () => import('./import-x.ts'),
};

const [kind = '', ...args] = process.argv.slice(2);
const importer = Object.hasOwn(IMPORTERS, kind) ? IMPORTERS[kind] : undefined;
if (!importer) {
  const usages = await Promise.all(Object.values(IMPORTERS).map(async (load) => `  ${(await load()).usage}`));
  console.error(`${kind ? `Unknown importer "${kind}". ` : ''}Usage:\n${usages.join('\n')}`);
  process.exit(2);
}
process.exitCode = await (await importer()).run(args);

export {};
