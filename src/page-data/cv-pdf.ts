/**
 * Whether a CV page offers "Download CV (PDF)", and where the file is: when site.yaml says
 * `cvPdf: true` (or the deploy sets CV_PDF=true), npm run build prints the CV to cv.pdf in every
 * section after the pages are built. This function is the one place that decides.
 */
import { settings, urls } from '../queries/site.ts';

/** The address of the CV as PDF in a language section, or undefined when no PDF is published. */
export function cvPdfHref(language: string): string | undefined {
  return settings.cvPdf ? urls.section(language).cvPdf() : undefined;
}
