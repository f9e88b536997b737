// npm run import -- <kind> <file> [options]   turns data from another tool into content.
//   npm run import -- resume resume.json [--force]   a JSON Resume → content/profile.md
// Each importer is a standalone script that reads its own arguments (process.argv.slice(2)).
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Importer scripts by the kind named in the first argument; one line each. */
const IMPORTERS: Record<string, string> = {
  resume: './import-resume.ts',
};

const kind = process.argv[2] ?? '';
const script = Object.hasOwn(IMPORTERS, kind) ? IMPORTERS[kind] : undefined;
if (!script) {
  console.error(`Usage: npm run import -- <${Object.keys(IMPORTERS).join('|')}> <file> [options]\nExample: npm run import -- resume ~/Downloads/resume.json`);
  process.exit(2);
}
// The importer sees its arguments as if it had been run directly.
process.argv.splice(2, 1);
await import(pathToFileURL(path.resolve(import.meta.dirname, script)).href);
