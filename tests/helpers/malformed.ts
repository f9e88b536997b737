import { cpSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const fixtures = path.resolve(import.meta.dirname, '../fixtures');

/** The malformed cases: folders of tests/fixtures/malformed, each laid over tests/fixtures/site-minimal. */
export const MALFORMED_CASES = readdirSync(path.join(fixtures, 'malformed')).sort();

/** Files some cases need that cannot be committed: names differing only in capitals, a 200,000-row CSV. */
const EXTRAS: Record<string, (contentDir: string) => void> = {
  // Post.md beside post.md cannot be checked out on macOS or Windows, whose file names ignore capitals.
  'duplicate-addresses': (contentDir) =>
    writeFileSync(
      path.join(contentDir, 'blog/Post.md'),
      '---\ntitle: A Post\ndescription: The same name in capitals.\npublishedAt: 2025-03-01\n---\nBody.\n',
    ),
  'edge-cases': (contentDir) => {
    const folder = readdirSync(path.join(contentDir, 'case-studies')).find((name) => name.startsWith('cafe'))!;
    const start = Date.UTC(2022, 0, 1);
    const rows = Array.from(
      { length: 200_000 },
      (_, minute) => `${new Date(start + minute * 60_000).toISOString().slice(0, 16)},${1000 + (minute % 1440)}`,
    );
    writeFileSync(path.join(contentDir, 'case-studies', folder, 'daily.csv'), `date,reach\n${rows.join('\n')}\n`);
  },
};

/**
 * A content folder for one case in a new temporary folder: site-minimal, with the case's files
 * laid over it (`edge-cases` is tests/fixtures/edge-cases: unusual content that builds).
 */
export function contentForCase(name: string): string {
  const contentDir = path.join(mkdtempSync(path.join(tmpdir(), `commfolio-${name}-`)), 'content');
  cpSync(path.join(fixtures, 'site-minimal'), contentDir, { recursive: true });
  cpSync(path.join(fixtures, name === 'edge-cases' ? 'edge-cases' : path.join('malformed', name)), contentDir, { recursive: true });
  EXTRAS[name]?.(contentDir);
  return contentDir;
}
