/**
 * The user documentation (README.md and docs/) cannot drift from the code: every `npm run …` command it
 * names is a real script (with a real subcommand), run by a test or CI; every frontmatter field it
 * documents, in a table or a YAML example, is a field of a schema that a fixture or a test uses.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { globSync } from 'tinyglobby';
import { parse as parseYaml } from 'yaml';
import GithubSlugger from 'github-slugger';
import { describe, expect, test } from 'vitest';
import { SiteSettingsSchema } from '../src/schemas/site.ts';
import { createProfileSchema } from '../src/schemas/profile.ts';
import { createCaseStudySchema } from '../src/schemas/case-study.ts';
import { createPostSchema } from '../src/schemas/post.ts';
import { ApplicationSchema } from '../src/schemas/application.ts';
import { SCAFFOLD_KINDS } from '../src/lib/scaffold.ts';

const projectRoot = path.resolve(import.meta.dirname, '..');
const read = (file: string) => readFileSync(path.join(projectRoot, file), 'utf8');
const documents = [
  'README.md',
  ...readdirSync(path.join(projectRoot, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];
const texts = documents.map((file) => ({ file, text: read(file) }));
const scripts: Record<string, string> = JSON.parse(read('package.json')).scripts;

/** Every `npm run <script>` and `npm run <script> -- <subcommand>` the documents name, with where. */
const commands = texts.flatMap(({ file, text }) =>
  [...text.matchAll(/npm run ([\w:-]+)(?: -- ([a-z][\w-]*))?/g)].map(([, script, subcommand]) => ({ file, script: script!, subcommand })),
);

/** The subcommands each dispatching script accepts, read from the scripts themselves. */
const SUBCOMMANDS: Record<string, string[]> = {
  new: [...SCAFFOLD_KINDS],
  import: [...read('scripts/import.ts').matchAll(/^ {2}(\w+): \(\) => import\('\.\/import-\w+\.ts'\)/gm)].map(([, kind]) => kind!),
  privacy: [...read('scripts/privacy.ts').matchAll(/command === '(\w+)'/g)].map(([, command]) => command!),
};

/** Where each documented command is run: the test (or CI script) that runs it. */
const RUN_BY: Record<string, string> = {
  dev: 'tests/browser/dev-preview.test.ts',
  build: 'tests/helpers/build-site.ts',
  check: 'tests/build/check-script.test.ts',
  new: 'tests/scripts/new.test.ts',
  import: 'tests/build/import-cli.test.ts',
  'cv:pdf': 'tests/browser/cv.test.ts',
  privacy: 'tests/build/privacy-commands.test.ts',
  typecheck: '.ci/run',
  lint: '.ci/run',
};
/**
 * Developers' tools, run by hand: they print figures (bench, bench:images, card:compare), show one card
 * (card), serve or format the tree (preview, format), or run the tests themselves (test:unit,
 * test:approve-cards). docs/development.md lists them.
 */
const RUN_BY_HAND = ['bench', 'bench:images', 'card', 'card:compare', 'preview', 'format', 'test:unit', 'test:approve-cards'];

describe('the commands the documentation names', () => {
  test('are found', () => {
    expect(commands.length).toBeGreaterThan(20);
    expect(new Set(commands.map(({ script }) => script))).toContain('cv:pdf');
  });

  test('are scripts of package.json, with subcommands the scripts accept', () => {
    const wrong = commands.filter(
      ({ script, subcommand }) =>
        !(script in scripts) || (subcommand !== undefined && script in SUBCOMMANDS && !SUBCOMMANDS[script]!.includes(subcommand)),
    );
    expect(wrong).toEqual([]);
    expect(SUBCOMMANDS.import).toEqual(['linkedin', 'metrics', 'resume', 'x']);
    expect(SUBCOMMANDS.privacy).toEqual(['strip', 'bake']);
  });

  test("are each run by a test or by CI, or listed as developers' tools run by hand", () => {
    const documented = [...new Set(commands.map(({ script }) => script))];
    const unrun = documented.filter((script) => {
      if (RUN_BY_HAND.includes(script)) return false;
      const runner = RUN_BY[script];
      if (!runner || !existsSync(path.join(projectRoot, runner))) return true;
      const file = /^node (scripts\/\S+)$/.exec(scripts[script] ?? '')?.[1];
      const text = read(runner);
      return !(
        text.includes(`npm run ${script}`) ||
        text.includes(`'run', '${script}'`) ||
        text.includes(`'${script}'`) ||
        (file && text.includes(file))
      );
    });
    expect(unrun).toEqual([]);
    expect(read('.ci/run')).toMatch(/^npm test\b/m);
  });
});

/** Field names of a schema: every key, and every dotted path from its top (`colors.accent`). */
function schemaFields(schema: z.ZodType, prefix = '', fields = { keys: new Set<string>(), paths: new Set<string>() }) {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  const inner = (value: unknown) => schemaFields(value as z.ZodType, prefix, fields);
  if (def.type === 'object') {
    for (const [key, value] of Object.entries(def.shape as Record<string, z.ZodType>)) {
      fields.keys.add(key);
      fields.paths.add(`${prefix}${key}`);
      schemaFields(value, `${prefix}${key}.`, fields);
    }
  } else if (def.type === 'array') inner(def.element);
  else if (['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch'].includes(def.type)) inner(def.innerType);
  else if (def.type === 'pipe') [def.in, def.out].forEach(inner);
  else if (def.type === 'union') (def.options as z.ZodType[]).forEach(inner);
  return fields;
}

const SCHEMAS = [
  SiteSettingsSchema,
  createProfileSchema(() => z.string()),
  createCaseStudySchema(),
  createPostSchema(() => z.string()),
  ApplicationSchema,
];
const known = { keys: new Set<string>(), paths: new Set<string>() };
for (const schema of SCHEMAS) schemaFields(schema, '', known);

/** Keys of parsed YAML, at every depth; names under `measures` (measure names) and `translations` (language codes) are the author's own. */
function yamlKeys(value: unknown, keys = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => yamlKeys(item, keys));
  else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, inner] of Object.entries(value)) {
      keys.add(key);
      if (key !== 'measures' && key !== 'translations') yamlKeys(inner, keys);
      else if (key === 'translations' && inner && typeof inner === 'object')
        Object.values(inner).forEach((byLanguage) => yamlKeys(byLanguage, keys));
    }
  }
  return keys;
}

/** Field names in the documents: the first column of tables headed "field", and keys of YAML examples. */
const documentedFields = texts.flatMap(({ file, text }) => {
  const fromTables = text.split(/\n(?!\|)/).flatMap((block) => {
    const rows = block.split('\n').filter((line) => line.startsWith('|'));
    if (!/^\|\s*field\s*\|/.test(rows[0] ?? '')) return [];
    return rows.slice(2).flatMap((row) => [...(row.split('|')[1] ?? '').matchAll(/`([^`]+)`/g)].map(([, name]) => ({ file, name: name! })));
  });
  // A YAML example may show a whole file: its fields are the part between the first two --- lines.
  const fromYaml = [...text.matchAll(/```yaml\n([\s\S]*?)```/g)].flatMap(([, yaml]) => {
    const fields = /^---\n([\s\S]*?)\n---(\n|$)/.exec(yaml!)?.[1] ?? yaml!;
    return [...yamlKeys(parseYaml(fields))].map((name) => ({ file, name }));
  });
  return [...fromTables, ...fromYaml];
});

/** Keys used by the fixtures and the sample (frontmatter and site.yaml), and `key:` written in tests. */
const usedKeys = new Set<string>();
for (const file of globSync(['tests/fixtures/**/*.{md,mdx,yaml}', 'content/**/*.{md,mdx,yaml}'], { cwd: projectRoot })) {
  const text = read(file);
  const yaml = file.endsWith('.yaml') ? text : /^---\n([\s\S]*?)\n---/.exec(text)?.[1];
  try {
    yamlKeys(parseYaml(yaml ?? ''), usedKeys);
  } catch {
    // A fixture that is broken on purpose.
  }
}
const testSources = globSync(['tests/**/*.ts'], { cwd: projectRoot, ignore: ['tests/fixtures/**'] })
  .map(read)
  .join('\n');

describe('the fields the documentation names', () => {
  test('are found', () => {
    const names = new Set(documentedFields.map(({ name }) => name));
    expect(names.size).toBeGreaterThan(60);
    for (const name of ['colors.accent', 'translationOf', 'denominator', 'redact', 'changedAt']) expect(names).toContain(name);
  });

  test('are fields of the schemas (a dotted name is a path from the top of one)', () => {
    const unknown = documentedFields.filter(({ name }) => (name.includes('.') ? !known.paths.has(name) : !known.keys.has(name)));
    expect(unknown).toEqual([]);
  });

  test('are each used by a fixture or the sample, or written in a test', () => {
    const unused = documentedFields.filter(({ name }) => {
      const key = name.split('.').at(-1)!;
      // A key may follow a word boundary, or a \n escape in a string a test writes ("\ndomain: …").
      return !usedKeys.has(key) && !new RegExp(`(\\b|\\\\n)${key}\\s*:`).test(testSources);
    });
    expect(unused).toEqual([]);
  });
});

describe('links between the documents', () => {
  test('lead to a file that exists, and to a heading it has', () => {
    const anchorsOf = (file: string) => {
      const slugger = new GithubSlugger();
      return new Set(
        [
          ...read(file)
            .replace(/```[\s\S]*?```/g, '')
            .matchAll(/^#+ (.+)$/gm),
        ].map(([, heading]) => slugger.slug(heading!)),
      );
    };
    // Links in prose: not in code, where `![alt](./photo.jpg)` shows what to type.
    const prose = (text: string) => text.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
    const broken = texts.flatMap(({ file, text }) =>
      [...prose(text).matchAll(/\]\(([^)\s]+)\)/g)]
        .map(([, target]) => target!)
        .filter((target) => !/^[a-z]+:/.test(target))
        .filter((target) => {
          const [relative, anchor] = target.split('#');
          const linked = relative ? path.join(path.dirname(file), relative) : file;
          if (!existsSync(path.join(projectRoot, linked))) return true;
          return anchor !== undefined && linked.endsWith('.md') && !anchorsOf(linked).has(anchor);
        })
        .map((target) => `${file}: ${target}`),
    );
    expect(broken).toEqual([]);
  });
});
