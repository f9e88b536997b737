/**
 * Whether a CV page offers "Download CV (PDF)", and where the file is. The PDF is printed after the
 * build (npm run cv:pdf), so the build is told in advance that it will be: until the site settings
 * say so (issue 15), the deploy sets COMMFOLIO_CV_PDF=1 when it runs npm run cv:pdf after the build
 * (read once by src/integrations/build-state.ts). This function is the one place that decides.
 */
import { publishesCvPdf } from 'virtual:commfolio/build';
import { urls } from '../queries/site.ts';

/** The address of the CV as PDF in a language section, or undefined when no PDF is published. */
export function cvPdfHref(language: string): string | undefined {
  return publishesCvPdf ? urls.section(language).cvPdf() : undefined;
}
