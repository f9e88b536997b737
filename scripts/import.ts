// npm run import -- <kind> ...   brings outside data into the content folder.
// The first argument picks the importer; each lives in scripts/import-<kind>.ts and exports
// `usage` (one line) and `run(args)`, which returns the exit code. To add one, add a line below.
const IMPORTERS: Record<string, () => Promise<{ usage: string; run: (args: string[]) => Promise<number> }>> = {
  metrics: () => import('./import-metrics.ts'),
};

const [kind = '', ...args] = process.argv.slice(2);
const importer = IMPORTERS[kind];
if (!importer) {
  const usages = await Promise.all(Object.values(IMPORTERS).map(async (load) => `  ${(await load()).usage}`));
  console.error(`${kind ? `Unknown importer "${kind}". ` : ''}Usage:\n${usages.join('\n')}`);
  process.exit(2);
}
process.exitCode = await (await importer()).run(args);

export {};
