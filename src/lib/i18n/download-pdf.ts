/**
 * The CV page's "Download PDF" link, in every interface language. Kept apart from the language
 * files while they move to src/translations/ (one key: cv.downloadPdf); English where missing.
 */
const DOWNLOAD_PDF: Record<string, string> = {
  en: 'Download as PDF',
  ar: 'تنزيل بصيغة PDF',
  bn: 'PDF হিসেবে ডাউনলোড করুন',
  et: 'Laadi alla PDF-ina',
  gu: 'PDF તરીકે ડાઉનલોડ કરો',
  hi: 'PDF के रूप में डाउनलोड करें',
  tl: 'I-download bilang PDF',
};

/** The link's text in `language` ("pt-BR" falls back to "pt", then English). */
export function downloadPdfLabel(language: string): string {
  return DOWNLOAD_PDF[language] ?? DOWNLOAD_PDF[language.split('-')[0]!] ?? DOWNLOAD_PDF.en!;
}
