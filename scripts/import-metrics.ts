// npm run import -- metrics <export.csv> --case-study <slug> [--map measure="Export column" ...]
//   [--mapping mapping.yaml] [--date-order dmy|mdy] [--out name.csv] [--force]
// Converts an analytics export into the case study's series CSV (docs/metrics-and-charts.md).
// Without --map or --mapping, the date column and every all-number column are taken as they are.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { resolveContentDir } from '../src/content-folder/layout.ts';
import { importMetricsCsv } from '../src/lib/import/metrics-import.ts';
import { caseStudyCharts, caseStudyFolder, csvFileNameProblem } from '../src/content-folder/import/case-study-folder.ts';
import { readMetricsMapping } from '../src/content-folder/import/metrics-mapping.ts';
import { chartSuggestion } from '../src/lib/import/chart-suggestion.ts';

/** One line of help, shown by `npm run import` without arguments. */
export const usage =
  'npm run import -- metrics <export.csv> --case-study <slug> [--map measure="Export column" …] [--mapping mapping.yaml] [--date-order dmy|mdy] [--out metrics.csv] [--force]';

/** Runs the importer; returns the exit code. */
export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      'case-study': { type: 'string' },
      map: { type: 'string', multiple: true },
      mapping: { type: 'string' },
      'date-order': { type: 'string' },
      out: { type: 'string' },
      force: { type: 'boolean' },
    },
  });
  const [input] = positionals;
  const slug = values['case-study'];
  const dateOrder = values['date-order'];
  if (!input || !slug || (dateOrder && dateOrder !== 'dmy' && dateOrder !== 'mdy')) {
    console.error(`Usage: ${usage}`);
    return 2;
  }
  if (!existsSync(input)) {
    console.error(`${input} does not exist.`);
    return 1;
  }
  const contentDir = resolveContentDir(process.env, process.cwd());
  const { folder, problem } = caseStudyFolder(contentDir, slug);
  if (problem !== undefined) {
    console.error(problem);
    return 1;
  }
  const read = values.mapping ? readMetricsMapping(values.mapping) : { mapping: {} };
  if (read.problem !== undefined) {
    console.error(read.problem);
    return 1;
  }
  const mapping: Record<string, string> = { ...read.mapping };
  for (const pair of values.map ?? []) {
    const [target, ...source] = pair.split('=');
    if (!target || source.length === 0) {
      console.error(`--map ${pair}: write --map measure="Export column", e.g. --map followers="Follower count".`);
      return 2;
    }
    mapping[target.trim()] = source.join('=').trim();
  }
  const result = importMetricsCsv(readFileSync(input, 'utf8'), { mapping, dateOrder: dateOrder as 'dmy' | 'mdy' | undefined });
  for (const { line, message } of result.skipped) console.error(`  skipped ${input} line ${line}: ${message}`);
  if (result.problems.length > 0) {
    console.error(`Nothing was written:\n${result.problems.map((problem) => `  - ${problem}`).join('\n')}`);
    return 1;
  }
  const name = values.out ?? 'metrics.csv';
  const nameProblem = csvFileNameProblem(name);
  if (nameProblem) {
    console.error(nameProblem);
    return 2;
  }
  const output = path.join(folder, name);
  const shown = path.relative(process.cwd(), output);
  if (existsSync(output) && !values.force) {
    console.error(`${shown} already exists. Nothing was written; run again with --force to replace it, or choose another name with --out.`);
    return 1;
  }
  writeFileSync(output, result.csv);
  console.log(
    `Wrote ${shown}: ${result.rowCount} rows; columns date, ${result.columns.join(', ')}${result.skipped.length > 0 ? `; ${result.skipped.length} rows skipped (listed above)` : ''}.`,
  );
  console.log(
    chartSuggestion(caseStudyCharts(folder), [
      `  - { type: line, file: ./${path.basename(output)}, measure: ${result.columns[0]}, title: "…" }`,
    ]),
  );
  return 0;
}
