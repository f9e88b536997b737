/**
 * The outside services a site may turn on in site.yaml: analytics and a contact form. Each is off
 * unless named; each names exactly what the service needs, and the Content-Security-Policy allows
 * exactly the hosts it talks to (src/lib/content-security-policy.ts).
 */
import { z } from 'astro/zod';

/** An https address of a service the user runs themselves, e.g. https://stats.example.com (no path). */
const SelfHostedSchema = z
  .url({ protocol: /^https$/, error: 'Write the address of your own server as https://stats.example.com.' })
  .refine((address) => ['', '/'].includes(new URL(address).pathname) && !new URL(address).search, {
    error: 'Write only the server address, such as https://stats.example.com, without a path.',
  })
  .transform((address) => new URL(address).origin);

const serviceError = (what: string, services: readonly string[]) =>
  `Unknown ${what} service. Write service: ${services.join(', service: ')}.`;

/** The analytics services Commfolio knows. */
export const ANALYTICS_SERVICES = ['goatcounter', 'plausible', 'umami', 'cloudflare'] as const;

/** `analytics:` in site.yaml: one privacy-respecting service that counts visits. Off when left out. */
export const AnalyticsSchema = z.discriminatedUnion(
  'service',
  [
    z
      .strictObject({
        service: z.literal('goatcounter').describe('GoatCounter (goatcounter.com, or your own server).'),
        code: z
          .string()
          .regex(/^[a-z0-9][a-z0-9-]*$/, {
            error: 'Write the code of your GoatCounter site: the "asha" of asha.goatcounter.com (lowercase letters, digits, hyphens).',
          })
          .optional()
          .describe('Your site\'s code on goatcounter.com: the "asha" of asha.goatcounter.com. Give this or server.'),
        server: SelfHostedSchema.optional().describe(
          'Address of your own GoatCounter server, e.g. https://stats.example.com, instead of code.',
        ),
      })
      .refine((goatcounter) => (goatcounter.code === undefined) !== (goatcounter.server === undefined), {
        error:
          'Give either code (your goatcounter.com site, e.g. code: asha) or server (your own GoatCounter, e.g. server: https://stats.example.com), not both.',
        path: ['code'],
      }),
    z.strictObject({
      service: z.literal('plausible').describe('Plausible (plausible.io, or your own server).'),
      domain: z
        .string()
        .regex(/^[a-z0-9.-]+(\/[^\s]*)?$/i, {
          error: 'Write the domain exactly as your Plausible dashboard names the site, e.g. asha.github.io.',
        })
        .optional()
        .describe("The site's name in Plausible. Default: the host of url, e.g. asha.github.io."),
      server: SelfHostedSchema.optional().describe(
        'Address of your own Plausible server, e.g. https://plausible.example.com. Default: https://plausible.io.',
      ),
    }),
    z.strictObject({
      service: z.literal('umami').describe('Umami (Umami Cloud, or your own server).'),
      websiteId: z
        .uuid({ error: "Write the website ID from Umami's tracking code, e.g. b59e9c65-ae32-47f1-8400-119fcf4861c4." })
        .describe("The website ID Umami shows in the site's tracking code, e.g. b59e9c65-ae32-47f1-8400-119fcf4861c4."),
      server: SelfHostedSchema.optional().describe(
        'Address of your own Umami server, e.g. https://umami.example.com. Default: Umami Cloud.',
      ),
    }),
    z.strictObject({
      service: z.literal('cloudflare').describe('Cloudflare Web Analytics.'),
      token: z
        .string()
        .regex(/^[0-9a-f]{32}$/i, {
          error: 'Write the token from your Cloudflare Web Analytics snippet: the 32 letters and digits after "token":.',
        })
        .describe("The token from the site's JS snippet in Cloudflare's dashboard (32 letters and digits)."),
    }),
  ],
  { error: serviceError('analytics', ANALYTICS_SERVICES) },
);

/** The form services Commfolio knows. */
export const CONTACT_FORM_SERVICES = ['netlify', 'formspree'] as const;

/** `contactForm:` in site.yaml: a contact page with a form sent through a form service. Off when left out. */
export const ContactFormSchema = z.discriminatedUnion(
  'service',
  [
    z.strictObject({
      service: z
        .literal('netlify')
        .describe('Netlify Forms: works when the site is hosted on Netlify; submissions appear in its dashboard.'),
    }),
    z.strictObject({
      service: z.literal('formspree').describe('Formspree (formspree.io): works on any host; submissions are emailed to you.'),
      form: z
        .string()
        .regex(/^[A-Za-z0-9]{4,}$/, {
          error: 'Write the ID of your Formspree form: the letters after /f/ in its endpoint, e.g. form: xyzzabcd.',
        })
        .describe("Your form's ID: the end of its endpoint https://formspree.io/f/xyzzabcd."),
    }),
  ],
  { error: serviceError('contact form', CONTACT_FORM_SERVICES) },
);

export type Analytics = z.output<typeof AnalyticsSchema>;
export type ContactForm = z.output<typeof ContactFormSchema>;
