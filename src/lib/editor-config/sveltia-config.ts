import type { z } from 'astro/zod';
import { ApplicationSchema } from '../../schemas/application.ts';
import { createCaseStudySchema } from '../../schemas/case-study.ts';
import { createPostSchema } from '../../schemas/post.ts';
import { createProfileSchema } from '../../schemas/profile.ts';
import { SiteSettingsSchema } from '../../schemas/site.ts';
import { COLLECTION_LAYOUT, SITE_SETTINGS_FILE } from '../../content-folder/layout.ts';
import { translator, type UiKey } from '../i18n/translate.ts';
import { CHOICE_LABEL_PREFIXES, COLLECTION_LABELS, ENGLISH_LABELS, FIELD_LABEL_KEYS, labelFromName } from './labels.ts';
import { MEASURES_WIDGET } from './measures-text.ts';
import { editorFileField, editorImageField, schemaFields, type FieldShape, type SchemaField } from './schema-fields.ts';

/** A field's widget and its options (Sveltia CMS's field options without the name). */
type WidgetOptions = Record<string, unknown> & { widget: string };

/** A field of the editor's configuration (Sveltia CMS's field options). */
export type EditorField = WidgetOptions & { name: string };

/** What the editor's configuration depends on besides the schemas. */
export interface EditorConfigOptions {
  /** The content folder, relative to the repository's root, with forward slashes (e.g. `content`). */
  contentFolder: string;
  /** `owner/name` of the GitHub repository the editor signs in to. */
  repository: string;
  /** The branch it commits to. */
  branch: string;
  /** The site's public address, for the editor's "view site" link. */
  siteUrl: string;
  /** The site's default language: labels that the interface text translates appear in it. */
  language: string;
  /** The site's other languages: each gets a translated profile file. */
  otherLanguages: readonly string[];
  /** Names of the files the site's profile is made of. */
  profileFiles?: readonly string[];
}

/** The collections' schemas as the editor reads them: images and files are paths beside the entry. */
export function editorSchemas() {
  return {
    settings: SiteSettingsSchema,
    profile: createProfileSchema(editorImageField),
    caseStudies: createCaseStudySchema(editorFileField),
    posts: createPostSchema(editorImageField),
    applications: ApplicationSchema,
  };
}

type Translate = (key: string) => string;

/** Text for a label: a key of the site's interface text, else the English text itself. */
function labelText(translate: ReturnType<typeof translator>): Translate {
  return (key) => (/^[a-z]+(\.[\w-]+)+$/i.test(key) ? translate(key as UiKey) : key);
}

function fieldLabel(name: string, translate: Translate): string {
  const key = FIELD_LABEL_KEYS[name];
  return key ? translate(key) : (ENGLISH_LABELS[name] ?? labelFromName(name));
}

/** Fields that hold a sentence or more are given a text area. */
const LONG_TEXT = new Set(['summary', 'description', 'quote', 'method', 'caption']);

function widgetFor(name: string, shape: FieldShape, translate: Translate): WidgetOptions {
  switch (shape.kind) {
    case 'text':
      return {
        widget: LONG_TEXT.has(name) ? 'text' : 'string',
        ...(shape.format === 'email' ? { type: 'email' } : {}),
        ...(shape.format === 'url' ? { type: 'url' } : {}),
        ...(shape.pattern ? { pattern: [shape.pattern, shape.patternMessage ?? `Check the format of ${name}.`] } : {}),
      };
    case 'number':
      return {
        widget: 'number',
        value_type: shape.integer ? 'int' : 'float',
        ...(shape.minimum !== undefined ? { min: shape.minimum } : {}),
        ...(shape.maximum !== undefined ? { max: shape.maximum } : {}),
      };
    case 'boolean':
      return { widget: 'boolean' };
    case 'date':
      // Written as YYYY-MM-DD without a time, as the content check expects.
      return { widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' };
    case 'choice':
      return { widget: 'select', options: choiceOptions(name, shape.options, translate) };
    case 'list':
      return listWidget(name, shape.item, translate);
    case 'object':
      return { widget: 'object', fields: shape.fields.map((field) => editorField(field, translate)) };
    case 'image':
      return { widget: 'image', choose_url: false };
    case 'file':
      return { widget: 'file', choose_url: false, accept: shape.extensions.join(',') };
    case 'map':
      return { widget: MEASURES_WIDGET };
    case 'either':
      return widgetFor(name, preferredOption(shape.options), translate);
    case 'variants':
      // Sveltia's variable types: pick the kind (the key's value), then fill in its own fields.
      return {
        widget: 'object',
        typeKey: shape.key,
        types: shape.variants.map((variant) => ({
          name: variant.value,
          label: variant.value,
          widget: 'object',
          fields: variant.fields.map((field) => editorField(field, translate)),
        })),
      };
  }
}

/**
 * Of several shapes (skills: a plain list or groups), the editor offers the richest one: objects
 * before lists of objects before plain values. Files written by hand in another shape stay valid.
 */
function preferredOption(options: FieldShape[]): FieldShape {
  const richness = (shape: FieldShape): number =>
    shape.kind === 'object' ? 3 : shape.kind === 'list' ? 1 + Math.min(richness(shape.item), 1.5) / 2 : 0;
  return [...options].sort((left, right) => richness(right) - richness(left))[0]!;
}

function choiceOptions(name: string, values: readonly string[], translate: Translate) {
  const prefix = CHOICE_LABEL_PREFIXES[name];
  return values.map((value) => ({ value, label: prefix ? translate(`${prefix}${value}`) : value }));
}

function listWidget(name: string, item: FieldShape, translate: Translate): WidgetOptions {
  if (item.kind === 'choice') return { widget: 'select', multiple: true, options: choiceOptions(name, item.options, translate) };
  if (item.kind === 'object') {
    const first = item.fields.find((field) => field.shape.kind === 'text')?.name;
    return {
      widget: 'list',
      fields: item.fields.map((field) => editorField(field, translate)),
      ...(first ? { summary: `{{fields.${first}}}` } : {}),
    };
  }
  return { widget: 'list', field: { name: 'item', label: translate(COLLECTION_LABELS.item), ...widgetFor(name, item, translate) } };
}

/** The editor's field for one schema field. */
export function editorField(field: SchemaField, translate: Translate): EditorField {
  const emptyDefault = Array.isArray(field.default) ? field.default.length === 0 : typeof field.default === 'object';
  return {
    name: field.name,
    label: fieldLabel(field.name, translate),
    ...(field.description ? { hint: field.description } : {}),
    required: field.required,
    ...widgetFor(field.name, field.shape, translate),
    ...(field.default !== undefined && !emptyDefault ? { default: field.default } : {}),
  };
}

/** The editor's fields for an object schema, in order. */
export function editorFields(schema: z.ZodType, translate: Translate): EditorField[] {
  return schemaFields(schema).map((field) => editorField(field, translate));
}

const body = (translate: Translate): EditorField => ({
  name: 'body',
  label: translate(COLLECTION_LABELS.body),
  widget: 'markdown',
  required: false,
});

/**
 * The whole configuration of the browser editor (Sveltia CMS): one collection per content
 * collection, every field generated from its schema. Images and CSV files are stored beside the
 * entry and written as `./name.png`, as the content check expects.
 */
export function createEditorConfig(options: EditorConfigOptions): Record<string, unknown> {
  const translate = labelText(translator(options.language));
  const schemas = editorSchemas();
  const folder = (collection: keyof typeof COLLECTION_LAYOUT) =>
    [options.contentFolder, COLLECTION_LAYOUT[collection].base].filter((part) => part !== '.').join('/');
  const frontmatter = { extension: 'md', format: 'yaml-frontmatter' } as const;
  const profileFile = (language: string | undefined) => {
    const name = language ? `profile.${language}.md` : 'profile.md';
    return {
      name: language ? `profile-${language}` : 'profile',
      label: language ? translate(COLLECTION_LABELS.profileIn).replace('{language}', language) : translate(COLLECTION_LABELS.profile),
      file: `${folder('profile')}/${name}`,
      format: 'yaml-frontmatter',
      fields: [...editorFields(schemas.profile, translate), body(translate)],
    };
  };
  return {
    load_config_file: false,
    // Sign-in with a personal access token: GitHub's OAuth sign-in needs a server, which a static site has not.
    backend: { name: 'github', repo: options.repository, branch: options.branch, auth_methods: ['token'] },
    app_title: 'Commfolio editor',
    site_url: options.siteUrl,
    // Images go beside the entry that uses them; the content check reads ./name.png.
    media_folder: `${options.contentFolder}/images`,
    public_folder: '/images',
    // Uploaded photos are re-encoded in the browser, which drops their metadata (location, camera).
    media_libraries: {
      default: { config: { slugify_filename: true, transformations: { raster_image: { format: 'webp', quality: 90 } } } },
    },
    output: { omit_empty_optional_fields: true },
    slug: { encoding: 'ascii', clean_accents: true },
    collections: [
      {
        name: 'settings',
        label: translate(COLLECTION_LABELS.settings),
        files: [
          {
            name: 'site',
            label: translate(COLLECTION_LABELS.settingsFile),
            file: `${options.contentFolder}/${SITE_SETTINGS_FILE}`,
            format: 'yaml',
            fields: editorFields(schemas.settings, translate),
          },
        ],
      },
      {
        name: 'profile',
        label: translate(COLLECTION_LABELS.profile),
        media_folder: 'images',
        public_folder: './images',
        files: [profileFile(undefined), ...options.otherLanguages.map(profileFile)],
      },
      {
        name: 'caseStudies',
        label: translate(COLLECTION_LABELS.caseStudies),
        folder: folder('caseStudies'),
        path: '{{slug}}/index',
        ...frontmatter,
        media_folder: '',
        public_folder: '.',
        summary: '{{title}}',
        fields: [...editorFields(schemas.caseStudies, translate), body(translate)],
      },
      {
        name: 'posts',
        label: translate(COLLECTION_LABELS.posts),
        folder: folder('posts'),
        ...frontmatter,
        media_folder: 'images',
        public_folder: './images',
        fields: [...editorFields(schemas.posts, translate), body(translate)],
      },
      {
        name: 'applications',
        label: translate(COLLECTION_LABELS.applications),
        folder: folder('applications'),
        ...frontmatter,
        identifier_field: 'company',
        fields: [...editorFields(schemas.applications, translate), body(translate)],
      },
    ],
  };
}
