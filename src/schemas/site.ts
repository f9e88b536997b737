import { z } from 'astro/zod';
import { LanguageSchema, requiredText } from './shared.ts';
import { AnalyticsSchema, ContactFormSchema } from './services.ts';

const ColorSchema = z
  .string({ error: 'Write a colour as a hex code such as "#0f766e".' })
  .regex(/^#([0-9a-f]{3}|[0-9a-f]{6})$/i, { error: 'Write a colour as a hex code such as "#0f766e".' });

/** `content/site.yaml`: settings that apply to the whole site. */
export const SiteSettingsSchema = z.strictObject({
  /** Site title, shown in the header, the browser tab and feeds. Required. */
  title: requiredText('a site title (title: "Asha Rao — Community Manager")'),
  /** Short description of the site for search engines and feeds. Required. */
  description: requiredText('a one-sentence site description (description: "...")'),
  /** Public address of the site, e.g. https://asha.github.io. `SITE_URL` overrides it. */
  url: z.url({ protocol: /^https?$/, error: 'Write the site address as a full URL, e.g. https://asha.github.io' }),
  /** Path the site lives under, e.g. /portfolio/ on a GitHub Pages project site. `BASE_PATH` overrides it. Default: /. */
  basePath: z.string().regex(/^[^\s?#]*$/, { error: 'Write basePath as a path such as / or /portfolio/ (no spaces, ? or #).' }).default('/'),
  /** Language of the interface and of entries without a language field. Default: en. */
  defaultLanguage: LanguageSchema.default('en'),
  /**
   * Languages the interface is offered in: the default language at the root, each other one
   * under /<code>/. Each needs interface text, src/translations/<code>.json. Default: only
   * defaultLanguage (a single-language site without prefixes).
   */
  languages: z.array(LanguageSchema, { error: 'Write languages as a list of codes, e.g. [en, hi].' }).optional(),
  /**
   * The title and description in the site's other languages, by language code, e.g.
   * `tl: { title: "Asha Rao — Community Manager", description: "…" }`. A section without one uses
   * title and description. Default: none.
   */
  translations: z
    .record(
      LanguageSchema,
      z.strictObject({
        /** The site title in this language. Optional. */
        title: requiredText('a site title in this language (title: "...")').optional(),
        /** The site description in this language. Optional. */
        description: requiredText('a one-sentence description in this language (description: "...")').optional(),
      }),
      { error: 'Write translations as language codes, each with title and description: translations: { hi: { title: "...", description: "..." } }.' },
    )
    .default({}),
  /**
   * Visit counting by one privacy-respecting service, e.g. `{ service: goatcounter, code: asha }`
   * (docs/reach.md). Off by default: the site then makes no request to another host.
   */
  analytics: AnalyticsSchema.optional(),
  /**
   * A contact page with a form sent through a form service, e.g. `{ service: formspree, form: xyzzabcd }`
   * or `{ service: netlify }`. Off by default: visitors write to the profile's email.
   */
  contactForm: ContactFormSchema.optional(),
  /**
   * What the site's icon (favicon) shows: `initials` (yours, on the accent colour) or `photo` (the
   * profile photo, rounded). Default: initials.
   */
  favicon: z.enum(['initials', 'photo'], { error: 'Write favicon: initials (your initials on the accent colour) or favicon: photo (your profile photo).' }).default('initials'),
  /** Posts per blog page. Default: 6. */
  postsPerPage: z.number().int().min(1).max(50).default(6),
  /** Theme colours. */
  colors: z
    .strictObject({
      /** Accent for links and highlights in the light theme. Default: #0f766e (teal). */
      accent: ColorSchema.default('#0f766e'),
      /** Accent in the dark theme. Default: #5eead4. */
      accentDark: ColorSchema.default('#5eead4'),
    })
    .default({ accent: '#0f766e', accentDark: '#5eead4' }),
});

/** Site settings after validation, environment overrides and normalisation (languages always listed, default first). */
export type SiteSettings = Omit<z.output<typeof SiteSettingsSchema>, 'languages'> & { languages: string[] };
