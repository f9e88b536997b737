/** The site's icon, as site.yaml's favicon asks: the owner's initials on the accent colour, or the profile photo. */
import { faviconSvg, initialsOf, photoFaviconSvg } from '../lib/favicon.ts';
import { frontmatterImageFile } from '../content-folder/entry-images.ts';
import { photoIcon } from '../integrations/favicon/photo-icon.ts';
import { getProfile } from '../queries/collections.ts';
import { entryFile, redactionsOf } from '../queries/entry-files.ts';
import { settings } from '../queries/site.ts';

/** The favicon's SVG text. */
export async function faviconOf(): Promise<string> {
  const profile = await getProfile();
  if (settings.favicon === 'photo') {
    const photo = profile.data.photo && frontmatterImageFile(entryFile(profile), 'photo');
    // The content check refuses favicon: photo without a photo; this stops `astro dev` after such an edit.
    if (!photo)
      throw new Error(
        'site.yaml: favicon is photo, but profile.md has no photo. Add photo: { file: ..., alt: ... } to profile.md, or write favicon: initials.',
      );
    return photoFaviconSvg(await photoIcon(photo, redactionsOf(photo)));
  }
  return faviconSvg(initialsOf(profile.data.name), settings.colors.accent);
}
