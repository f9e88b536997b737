import { z } from 'astro/zod';

/** What kind of value a field holds, read from its zod schema; the editor's widgets are chosen from it. */
export type FieldShape =
  | { kind: 'text'; pattern?: RegExp; patternMessage?: string; format?: 'email' | 'url'; minimumLength?: number }
  | { kind: 'number'; integer: boolean; minimum?: number; maximum?: number }
  | { kind: 'boolean' }
  /** A day, YYYY-MM-DD (YAML reads it as a date). */
  | { kind: 'date' }
  | { kind: 'choice'; options: readonly string[] }
  | { kind: 'list'; item: FieldShape; minimumItems?: number }
  | { kind: 'object'; fields: SchemaField[] }
  /** A path to an image beside the Markdown file. */
  | { kind: 'image' }
  /** A path to a file beside the Markdown file, with one of `extensions`. */
  | { kind: 'file'; extensions: readonly string[] }
  /** Names the user chooses, each with a value of one shape (e.g. a formula's measures). */
  | { kind: 'map'; value: FieldShape }
  /** One of several shapes, e.g. a number or a before/after pair. */
  | { kind: 'either'; options: FieldShape[] }
  /** One of several sets of fields, told apart by the value of `key` (e.g. analytics: `service`). */
  | { kind: 'variants'; key: string; variants: { value: string; fields: SchemaField[] }[] };

/** One field of an object schema, as the editor needs it. */
export interface SchemaField {
  name: string;
  /** Whether the file must contain the field (no default, not optional). */
  required: boolean;
  /** The schema's runtime description (`.describe()`), shown as the field's help. */
  description?: string;
  /** The schema's default, when it has one. */
  default?: unknown;
  shape: FieldShape;
}

/** Metadata key by which a schema marks itself as an image or file path (see editorImageField). */
const EDITOR_KIND = 'editorKind';

/** An image-path schema for the walker: what `image()` is to Astro, for the editor. */
export const editorImageField = () => z.string().meta({ [EDITOR_KIND]: 'image' });

/** A file-path schema for the walker (CSV files, screenshots). */
export const editorFileField = (extensions: readonly string[]) => z.string().meta({ [EDITOR_KIND]: 'file', extensions: [...extensions] });

type Definition = {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  defaultValue?: unknown;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string>;
  values?: unknown[];
  discriminator?: string;
  valueType?: z.ZodType;
  format?: string;
  pattern?: RegExp;
  checks?: { _zod: { def: CheckDefinition } }[];
};
type CheckDefinition = { check: string; format?: string; pattern?: RegExp; value?: number; minimum?: number; error?: unknown };

const definition = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Definition } })._zod.def;

/** The message a check gives, whether zod stored it as text or as a function. */
function checkMessage(check: CheckDefinition): string | undefined {
  const error = check.error;
  const message = typeof error === 'function' ? error({ input: '', code: 'invalid_format' }) : error;
  return typeof message === 'string' ? message : (message as { message?: string } | undefined)?.message;
}

/** Wrappers that change whether a field is required or its default, but not its shape. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; optional: boolean; default?: unknown; description?: string } {
  let current = schema;
  let optional = false;
  let defaultValue: unknown;
  let description = current.description;
  for (;;) {
    const def = definition(current);
    if (def.type === 'optional' || def.type === 'nullable') optional = true;
    else if (def.type === 'default' || def.type === 'prefault') {
      optional = true;
      defaultValue ??= typeof def.defaultValue === 'function' ? (def.defaultValue as () => unknown)() : def.defaultValue;
    } else if (def.type === 'pipe' && definition(def.out!).type === 'transform') {
      // A transform keeps what the file holds (the pipe's input), e.g. a metric computed from its formula.
    } else break;
    current = def.type === 'pipe' ? def.in! : def.innerType!;
    description ??= current.description;
  }
  return { inner: current, optional, default: defaultValue, description };
}

function textShape(def: Definition): FieldShape {
  const checks = (def.checks ?? []).map((check) => check._zod.def);
  const regex = checks.find((check) => check.check === 'string_format' && check.format === 'regex');
  const minimum = checks.find((check) => check.check === 'min_length')?.minimum;
  if (def.format === 'email') return { kind: 'text', format: 'email' };
  if (def.format === 'url') return { kind: 'text', format: 'url' };
  return {
    kind: 'text',
    ...(regex?.pattern ? { pattern: regex.pattern, patternMessage: checkMessage(regex) } : {}),
    ...(minimum ? { minimumLength: minimum } : {}),
  };
}

function numberShape(def: Definition): FieldShape {
  const checks = (def.checks ?? []).map((check) => check._zod.def);
  const bound = (name: string) => checks.find((check) => check.check === name)?.value;
  return {
    kind: 'number',
    integer: checks.some((check) => check.check === 'number_format' && /int/.test(check.format ?? '')),
    ...(bound('greater_than') !== undefined ? { minimum: bound('greater_than') } : {}),
    ...(bound('less_than') !== undefined ? { maximum: bound('less_than') } : {}),
  };
}

/**
 * A union of a date and a text pattern is a day or month written in YAML (YYYY-MM-DD is read as a
 * date, YYYY-MM as text): the editor offers the text with its pattern.
 */
function unionShape(options: FieldShape[]): FieldShape {
  const text = options.find((option) => option.kind === 'text');
  if (text && options.every((option) => option.kind === 'text' || option.kind === 'date')) return text;
  return { kind: 'either', options };
}

/** Metadata of a schema and of every wrapper around its value (`.meta()` may sit on any of them). */
function metadataOf(schema: z.ZodType): Record<string, unknown> {
  const found: Record<string, unknown> = {};
  for (let current: z.ZodType | undefined = schema; current;) {
    Object.assign(found, { ...(z.globalRegistry.get(current) as Record<string, unknown> | undefined) }, found);
    const def = definition(current);
    current = def.type === 'pipe' ? def.in : def.innerType;
  }
  return found;
}

/** A written date (schemas/shared.ts marks it with `dateForm`): a day, or a month or a day. */
const MONTH_OR_DAY = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;

/** A discriminated union of objects: each option's fields but the key, under the key's one value. */
function variantsShape(key: string, options: z.ZodType[]): FieldShape {
  return {
    kind: 'variants',
    key,
    variants: options.map((option) => {
      const fields = schemaFields(option);
      const keyShape = fields.find((field) => field.name === key)?.shape;
      if (keyShape?.kind !== 'choice' || keyShape.options.length !== 1)
        throw new Error(`The editor needs one literal value of ${key} in each option of a discriminated union.`);
      return { value: keyShape.options[0]!, fields: fields.filter((field) => field.name !== key) };
    }),
  };
}

/** The shape of a schema's value (wrappers removed). */
export function fieldShape(schema: z.ZodType): FieldShape {
  const { inner } = unwrap(schema);
  const meta = metadataOf(schema);
  if (meta[EDITOR_KIND] === 'image') return { kind: 'image' };
  if (meta[EDITOR_KIND] === 'file') return { kind: 'file', extensions: meta.extensions as string[] };
  if (meta.dateForm === 'day') return { kind: 'date' };
  if (meta.dateForm === 'month-or-day')
    return {
      kind: 'text',
      pattern: MONTH_OR_DAY,
      patternMessage: 'Write a date as YYYY-MM (a month) or YYYY-MM-DD (a day), e.g. 2024-05.',
    };
  const def = definition(inner);
  switch (def.type) {
    case 'string':
      return textShape(def);
    case 'number':
      return numberShape(def);
    case 'boolean':
      return { kind: 'boolean' };
    case 'date':
      return { kind: 'date' };
    case 'enum':
      return { kind: 'choice', options: Object.values(def.entries!) };
    case 'array':
      return { kind: 'list', item: fieldShape(def.element!) };
    case 'object':
      return { kind: 'object', fields: schemaFields(inner) };
    case 'record':
      return { kind: 'map', value: fieldShape(def.valueType!) };
    case 'literal':
      return { kind: 'choice', options: def.values!.map(String) };
    case 'union':
      if (def.discriminator) return variantsShape(def.discriminator, def.options!);
      return unionShape(def.options!.map(fieldShape));
    case 'pipe':
      // z.preprocess (a choice in any case) reads the value, then checks it with the pipe's output.
      return fieldShape(definition(def.in!).type === 'transform' ? def.out! : def.in!);
    default:
      throw new Error(`The editor has no field for a zod ${def.type} schema; add it to src/lib/editor-config/schema-fields.ts.`);
  }
}

/** The fields of an object schema, in order, with their shapes, required flags, defaults and descriptions. */
export function schemaFields(schema: z.ZodType): SchemaField[] {
  const { inner } = unwrap(schema);
  const shape = definition(inner).shape;
  if (!shape) throw new Error('schemaFields needs an object schema.');
  return Object.entries(shape).map(([name, field]) => {
    const { optional, default: defaultValue, description } = unwrap(field);
    return {
      name,
      required: !optional,
      ...(description ? { description } : {}),
      ...(defaultValue !== undefined ? { default: defaultValue } : {}),
      shape: fieldShape(field),
    };
  });
}
