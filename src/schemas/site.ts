import { z } from 'astro/zod';
import { LanguageSchema, requiredText } from './shared.ts';
import { AnalyticsSchema, ContactFormSchema } from './services.ts';
import { choice } from './choice.ts';

const ColorSchema = z
  .string({ error: 'Write a colour as a hex code such as "#0f766e".' })
  .regex(/^#([0-9a-f]{3}|[0-9a-f]{6})$/i, { error: 'Write a colour as a hex code such as "#0f766e".' });

/** `content/site.yaml`: settings that apply to the whole site. */
const POSTS_PER_PAGE_ERROR = 'Write postsPerPage as a whole number from 1 to 50, e.g. postsPerPage: 6.';

export const SiteSettingsSchema = z.strictObject({
  title: requiredText('a site title (title: "Asha Rao — Community Manager")').describe(
    'Site title, shown in the header, the browser tab and feeds. Required.',
  ),
  description: requiredText('a one-sentence site description (description: "...")').describe(
    'Short description of the site for search engines and feeds. Required.',
  ),
  url: z
    .url({ protocol: /^https?$/, error: 'Write the site address as a full URL, e.g. https://asha.github.io' })
    .describe('Public address of the site, e.g. https://asha.github.io. `SITE_URL` overrides it.'),
  basePath: z
    .string()
    .regex(/^[^\s?#]*$/, { error: 'Write basePath as a path such as / or /portfolio/ (no spaces, ? or #).' })
    .default('/')
    .describe('Path the site lives under, e.g. /portfolio/ on a GitHub Pages project site. `BASE_PATH` overrides it. Default: /.'),
  defaultLanguage: LanguageSchema.default('en').describe('Language of the interface and of entries without a language field. Default: en.'),
  languages: z
    .array(LanguageSchema, { error: 'Write languages as a list of codes, e.g. [en, hi].' })
    .optional()
    .describe(
      'Languages the interface is offered in: the default language at the root, each other one under /<code>/. Each needs interface text, src/translations/<code>.json. Default: only defaultLanguage (a single-language site without prefixes).',
    ),
  domain: z
    .string()
    .regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i, {
      error: 'Write domain as a bare domain name such as asha.example.com (no https:// and no slash).',
    })
    .optional()
    .describe(
      'Your own domain, e.g. asha.example.com: the site is then at https://<domain>/ (instead of url, SITE_URL and BASE_PATH), and the build writes the CNAME file GitHub Pages reads. Optional.',
    ),
  cvPdf: z
    .boolean({ error: 'Write cvPdf: true or cvPdf: false.' })
    .default(false)
    .describe(
      'Print the CV to cv.pdf at the end of every build (needs Chromium) and link it from the CV page. The GitHub deploy turns it on. Default: false.',
    ),
  translations: z
    .record(
      LanguageSchema,
      z.strictObject({
        title: requiredText('a site title in this language (title: "...")')
          .optional()
          .describe('The site title in this language. Optional.'),
        description: requiredText('a one-sentence description in this language (description: "...")')
          .optional()
          .describe('The site description in this language. Optional.'),
      }),
      {
        error:
          'Write translations as language codes, each with title and description: translations: { hi: { title: "...", description: "..." } }.',
      },
    )
    .default({})
    .describe(
      'The title and description in the site\'s other languages, by language code, e.g. `tl: { title: "Asha Rao — Community Manager", description: "…" }`. A section without one uses title and description. Default: none.',
    ),
  analytics: AnalyticsSchema.optional().describe(
    'Visit counting by one privacy-respecting service, e.g. `{ service: goatcounter, code: asha }` (docs/reach.md). Off by default: the site then makes no request to another host.',
  ),
  contactForm: ContactFormSchema.optional().describe(
    "A contact page with a form sent through a form service, e.g. `{ service: formspree, form: xyzzabcd }` or `{ service: netlify }`. Off by default: visitors write to the profile's email.",
  ),
  favicon: choice(
    ['initials', 'photo'],
    'Write favicon: initials (your initials on the accent colour) or favicon: photo (your profile photo).',
  )
    .default('initials')
    .describe(
      "What the site's icon (favicon) shows: `initials` (yours, on the accent colour) or `photo` (the profile photo, rounded). Default: initials.",
    ),
  postsPerPage: z
    .number({ error: POSTS_PER_PAGE_ERROR })
    .int({ error: POSTS_PER_PAGE_ERROR })
    .min(1, { error: POSTS_PER_PAGE_ERROR })
    .max(50, { error: POSTS_PER_PAGE_ERROR })
    .default(6)
    .describe('Posts per blog page. Default: 6.'),
  colors: z
    .strictObject({
      accent: ColorSchema.default('#0f766e').describe('Accent for links and highlights in the light theme. Default: #0f766e (teal).'),
      accentDark: ColorSchema.default('#5eead4').describe('Accent in the dark theme. Default: #5eead4.'),
    })
    .default({ accent: '#0f766e', accentDark: '#5eead4' })
    .describe('Theme colours.'),
});

/** Site settings after validation, environment overrides and normalisation (languages always listed, default first). */
export type SiteSettings = Omit<z.output<typeof SiteSettingsSchema>, 'languages'> & { languages: string[] };
