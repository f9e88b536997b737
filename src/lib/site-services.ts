/** The outside services a site turned on in site.yaml, and the hosts they need, in one place. */
import type { SiteSettings } from '../schemas/site.ts';
import { analyticsSnippet } from './analytics.ts';
import { contactFormTarget } from './contact-form.ts';
import { mergeSources, type ServiceSources } from './content-security-policy.ts';

/** Every host the site's services talk to (none when site.yaml turns none on). */
export function siteServiceSources(settings: Pick<SiteSettings, 'analytics' | 'contactForm' | 'url'>): ServiceSources {
  return mergeSources(
    settings.analytics && analyticsSnippet(settings.analytics, settings.url).sources,
    settings.contactForm && contactFormTarget(settings.contactForm, '/').sources,
  );
}

/** Whether the site records or sends anything about visitors, so it publishes a privacy note. */
export function hasPrivacyNote(settings: Pick<SiteSettings, 'analytics' | 'contactForm'>): boolean {
  return Boolean(settings.analytics || settings.contactForm);
}
