import { getImage } from 'astro:assets';
import { exportJsonResume } from '../lib/json-resume/export.ts';
import { getFeaturedCaseStudies, getProfile } from '../queries/collections.ts';
import { pathOf, settings, urls } from '../queries/site.ts';
import { leadResultOf } from '../page-data/lead-result.ts';

/** The profile as JSON Resume (https://jsonresume.org/schema), with the featured case studies as projects. */
export async function GET() {
  const profile = await getProfile(settings.defaultLanguage);
  const { photo, ...data } = profile.data;
  // JSON Resume asks for a JPEG or PNG portrait; Astro re-encodes it, which drops its metadata.
  const portrait = photo && (await getImage({ src: photo.file, width: 400, format: 'jpg' }));
  const caseStudies = await getFeaturedCaseStudies(settings.defaultLanguage);
  const resume = exportJsonResume({
    profile: data,
    bio: profile.body ?? '',
    homeUrl: urls.absolute(urls.section(settings.defaultLanguage).home()),
    resumeUrl: urls.absolute(urls.resume()),
    photoUrl: portrait ? urls.absolute(portrait.src) : undefined,
    caseStudies: caseStudies.map((caseStudy) => ({
      ...caseStudy.data,
      result: leadResultOf(caseStudy)?.text,
      url: urls.absolute(pathOf(caseStudy)),
    })),
  });
  return new Response(`${JSON.stringify(resume, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
