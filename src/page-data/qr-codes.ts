/** Every QR code the site publishes, with the address it opens: home, links page and CV per section, and each application page. */
import { slugify } from '../lib/slug.ts';
import type { QrKey } from '../lib/urls.ts';
import { getApplications } from '../queries/collections.ts';
import { sectionOf, settings, urls } from '../queries/site.ts';

/** The absolute address a QR code opens. */
export function qrCodeTarget(key: QrKey): string {
  const section = urls.section(key.language);
  return urls.absolute(key.kind === 'application' ? section.application(key.slug) : section[key.kind]());
}

/** A QR code as a page shows it: the SVG's address, the address it opens as people read it, and the name its download link saves it under. */
export function qrCodeView(key: QrKey, owner: string): { href: string; address: string; fileName: string } {
  return {
    href: urls.qrCode(key),
    address: qrCodeTarget(key).replace(/^https?:\/\//, ''),
    fileName: `${[slugify(owner), key.kind, 'slug' in key ? key.slug : '', key.language].filter(Boolean).join('-')}-qr.svg`,
  };
}

/** Every QR code of the site. */
export async function getQrCodes(): Promise<QrKey[]> {
  const sections = settings.languages.flatMap((language) => (['home', 'links', 'cv'] as const).map((kind) => ({ kind, language })));
  const applications = (await getApplications()).map(({ application }) => ({
    kind: 'application' as const,
    language: sectionOf(application),
    slug: application.id,
  }));
  return [...sections, ...applications];
}
