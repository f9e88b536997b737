/**
 * Where a contact form posts to, per form service, and the host the policy's form-action must allow.
 * Pure: settings in, form attributes out.
 */
import type { ContactForm } from '../schemas/services.ts';
import type { ServiceSources } from './content-security-policy.ts';

/** The form's action and the attributes its service asks for. */
export interface ContactFormTarget {
  /** Where the form posts: the service's endpoint, or the site's own thank-you page (Netlify). */
  action: string;
  /** Attributes that mark the form for its service (Netlify finds forms by data-netlify). */
  attributes: Record<string, string>;
  /** The hidden fields the service reads. */
  hidden: Record<string, string>;
  /** Name of a field that people never see and bots fill in, which the service discards. */
  honeypot: string;
  sources: ServiceSources;
}

/** Each form service's name and privacy policy, for the privacy note. */
export const CONTACT_FORM_SERVICE_INFO: Record<ContactForm['service'], { name: string; privacyPolicy: string }> = {
  netlify: { name: 'Netlify Forms', privacyPolicy: 'https://www.netlify.com/privacy/' },
  formspree: { name: 'Formspree', privacyPolicy: 'https://formspree.io/legal/privacy-policy/' },
};

/** The form name Netlify lists submissions under. */
export const NETLIFY_FORM_NAME = 'contact';

/** How the contact form of a site posts; `thanksPath` is the site's own page to land on after sending. */
export function contactFormTarget(form: ContactForm, thanksPath: string): ContactFormTarget {
  if (form.service === 'netlify') {
    // Netlify reads the deployed HTML for forms marked data-netlify and receives their posts on the site itself.
    return {
      action: thanksPath,
      attributes: { name: NETLIFY_FORM_NAME, 'data-netlify': 'true', 'netlify-honeypot': 'website' },
      hidden: { 'form-name': NETLIFY_FORM_NAME },
      honeypot: 'website',
      sources: {},
    };
  }
  return {
    action: `https://formspree.io/f/${form.form}`,
    attributes: {},
    hidden: {},
    honeypot: '_gotcha',
    sources: { form: ['https://formspree.io'] },
  };
}
