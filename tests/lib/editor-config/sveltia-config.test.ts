import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { createEditorConfig, editorFields, editorSchemas, type EditorField } from '../../../src/lib/editor-config/sveltia-config.ts';
import { moduleSource } from '../../../src/lib/editor-config/module-source.ts';

type Def = {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string>;
  checks?: { _zod: { def: { check: string; format?: string; pattern?: RegExp } } }[];
};
const def = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schema without optional/default wrappers and transforms: what the file holds. */
function stored(schema: z.ZodType): z.ZodType {
  const { type, innerType, in: input, out } = def(schema);
  if (type === 'optional' || type === 'default' || type === 'nullable') return stored(innerType!);
  if (type === 'pipe' && def(out!).type === 'transform') return stored(input!);
  // z.preprocess: the value is read first (a choice in any case), then checked by the pipe's output.
  if (type === 'pipe' && def(input!).type === 'transform') return stored(out!);
  return schema;
}

/** How a written date is entered (schemas/shared.ts marks it): a day picker, or text for a month or a day. */
function dateForm(schema: z.ZodType): string | undefined {
  for (let current: z.ZodType | undefined = schema; current;) {
    const form = (z.globalRegistry.get(current) as { dateForm?: string } | undefined)?.dateForm;
    if (form) return form;
    const { type, innerType, in: input } = def(current);
    current = type === 'pipe' ? input : innerType;
  }
  return undefined;
}

/** The editor widgets a stored zod type may have; unions of a date and text are days or months written as text. */
function allowedWidgets(schema: z.ZodType): string[] {
  const form = dateForm(schema);
  if (form) return form === 'day' ? ['datetime'] : ['string'];
  const inner = stored(schema);
  const meta = z.globalRegistry.get(inner) as { editorKind?: string } | undefined;
  if (meta?.editorKind) return [meta.editorKind];
  const { type, options } = def(inner);
  if (type === 'union') {
    const kinds = options!.map((option) => def(stored(option)).type);
    // A union of a date and text is a day or month written as text; otherwise the editor offers one of the options.
    return kinds.every((kind) => kind === 'date' || kind === 'string')
      ? ['string']
      : [...new Set(['list', 'object', 'select', 'number', ...options!.flatMap(allowedWidgets)])];
  }
  return (
    {
      string: ['string', 'text'],
      number: ['number'],
      boolean: ['boolean'],
      date: ['datetime'],
      enum: ['select'],
      array: ['list', 'select'],
      object: ['object'],
      record: ['commfolio-measures'],
    }[type] ?? []
  );
}

/**
 * Every disagreement between a schema and the editor's fields, found independently of the
 * generator: a field without an editor field (or the reverse), a different type, required flag,
 * list of choices or pattern.
 */
function disagreements(schema: z.ZodType, fields: EditorField[], at = ''): string[] {
  const shape = def(stored(schema)).shape!;
  const problems: string[] = [];
  for (const extra of fields.filter((field) => !(field.name in shape) && field.name !== 'body'))
    problems.push(`${at}${extra.name}: an editor field without a schema field`);
  for (const [name, fieldSchema] of Object.entries(shape)) {
    const path = `${at}${name}`;
    const field = fields.find((candidate) => candidate.name === name);
    if (!field) {
      problems.push(`${path}: no editor field`);
      continue;
    }
    const required = !fieldSchema.safeParse(undefined).success;
    if (field.required !== required) problems.push(`${path}: required is ${field.required} in the editor, ${required} in the schema`);
    if (!allowedWidgets(fieldSchema).includes(field.widget))
      problems.push(`${path}: a ${field.widget} field for a zod ${def(stored(fieldSchema)).type}`);
    const inner = stored(fieldSchema);
    const { type, entries, element, checks } = def(inner);
    const choices =
      type === 'enum'
        ? Object.values(entries!)
        : type === 'array' && def(stored(element!)).type === 'enum'
          ? Object.values(def(stored(element!)).entries!)
          : undefined;
    if (choices) {
      const offered = (field.options as { value: string }[] | undefined)?.map((option) => option.value);
      if (JSON.stringify(offered) !== JSON.stringify(choices))
        problems.push(`${path}: choices ${offered?.join(', ')} instead of ${choices.join(', ')}`);
    }
    const regex = checks?.map((check) => check._zod.def).find((check) => check.format === 'regex')?.pattern;
    if (regex && String((field.pattern as [RegExp] | undefined)?.[0]) !== String(regex))
      problems.push(`${path}: pattern ${String((field.pattern as [RegExp] | undefined)?.[0])} instead of ${regex}`);
    if (type === 'object') problems.push(...disagreements(inner, field.fields as EditorField[], `${path}.`));
    if (type === 'array' && def(stored(element!)).type === 'object')
      problems.push(...disagreements(element!, field.fields as EditorField[], `${path}[].`));
  }
  return problems;
}

const config = createEditorConfig({
  contentFolder: 'content',
  repository: 'asha/portfolio',
  branch: 'main',
  siteUrl: 'https://asha.github.io/',
  language: 'en',
  otherLanguages: ['hi'],
});
const collections = config.collections as { name: string; fields?: EditorField[]; files?: { name: string; fields: EditorField[] }[] }[];
const fieldsOf = (name: string, file?: string) => {
  const collection = collections.find((candidate) => candidate.name === name)!;
  return file ? collection.files!.find((candidate) => candidate.name === file)!.fields : collection.fields!;
};
const schemas = editorSchemas();

describe('createEditorConfig', () => {
  test.each([
    ['settings', 'site', schemas.settings],
    ['profile', 'profile', schemas.profile],
    ['profile', 'profile-hi', schemas.profile],
    ['caseStudies', undefined, schemas.caseStudies],
    ['posts', undefined, schemas.posts],
    ['applications', undefined, schemas.applications],
  ])('the %s editor (%s) has every schema field, with its type, required flag, choices and pattern', (collection, file, schema) => {
    expect(disagreements(schema, fieldsOf(collection, file))).toEqual([]);
  });

  test('a schema field without an editor field, or with another required flag or choice, is reported', () => {
    const grown = z.strictObject({ ...def(schemas.posts).shape!, pinned: z.boolean() });
    expect(disagreements(grown, fieldsOf('posts'))).toEqual(['pinned: no editor field']);
    const changed = fieldsOf('caseStudies').map((field) => (field.name === 'summary' ? { ...field, required: false } : field));
    expect(disagreements(schemas.caseStudies, changed)).toEqual(['summary: required is false in the editor, true in the schema']);
    const metric = fieldsOf('caseStudies').find((field) => field.name === 'responsibilities')!;
    const fewer = fieldsOf('caseStudies').map((field) =>
      field === metric ? { ...field, options: (field.options as unknown[]).slice(1) } : field,
    );
    expect(disagreements(schemas.caseStudies, fewer)[0]).toMatch(/^responsibilities: choices/);
  });

  test("help texts are the schemas' descriptions", () => {
    const title = fieldsOf('posts').find((field) => field.name === 'title')!;
    expect(title.hint).toBe(def(schemas.posts).shape!.title!.description);
    const metrics = fieldsOf('caseStudies').find((field) => field.name === 'metrics')!;
    const unit = (metrics.fields as EditorField[]).find((field) => field.name === 'unit')!;
    expect(unit.hint).toMatch(/^Unit shown after the number/);
  });

  test('dates are written YYYY-MM-DD, numbers as numbers, images beside the entry', () => {
    const post = fieldsOf('posts');
    expect(post.find((field) => field.name === 'publishedAt')).toMatchObject({ widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' });
    const metric = fieldsOf('caseStudies').find((field) => field.name === 'metrics')!.fields as EditorField[];
    expect(metric.find((field) => field.name === 'after')).toMatchObject({ widget: 'number', value_type: 'float' });
    expect(collections.find((collection) => collection.name === 'caseStudies')).toMatchObject({
      folder: 'content/case-studies',
      path: '{{slug}}/index',
      media_folder: '',
      public_folder: '.',
    });
  });

  test("labels the site's interface text translates are in the site's language", () => {
    const hindi = createEditorConfig({
      contentFolder: 'content',
      repository: 'a/b',
      branch: 'main',
      siteUrl: 'https://a.github.io/',
      language: 'hi',
      otherLanguages: [],
    });
    const caseStudies = (hindi.collections as { name: string; label: string; fields?: EditorField[] }[]).find(
      (collection) => collection.name === 'caseStudies',
    )!;
    expect(caseStudies.label).not.toBe('Case studies');
    expect(caseStudies.fields!.find((field) => field.name === 'skills')!.label).not.toBe('Skills');
  });

  test('the generated module keeps regular expressions with their flags', () => {
    const slug = fieldsOf('posts').find((field) => field.name === 'slug')!;
    expect(moduleSource(slug.pattern)).toMatch(/^\[\/\^\[\\p\{L\}.*\/u,"Use letters/);
  });
});

describe('editorFields', () => {
  test('fails loudly on a zod type it has no field for, instead of leaving the field out', () => {
    expect(() => editorFields(z.strictObject({ when: z.bigint() }), (key) => key)).toThrow(/no field for a zod bigint/);
  });
});

describe('editor labels', () => {
  test('are words in the site language, never an interface key left untranslated', () => {
    const labels: string[] = [];
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') {
        for (const [key, inner] of Object.entries(value)) {
          if (key === 'label' && typeof inner === 'string') labels.push(inner);
          else walk(inner);
        }
      }
    };
    walk(config.collections);
    expect(labels.length).toBeGreaterThan(50);
    expect(labels.filter((label) => /^[a-z]+(\.[\w-]+)+$/i.test(label))).toEqual([]);
    expect(labels).toContain('Key figures');
  });
});
