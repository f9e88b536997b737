/**
 * What marks content as still the sample portfolio that Commfolio ships in content/, so that
 * `npm run check` can say what is left to replace. Advice, never an error: the sample itself must
 * build. tests/build/check-script.test.ts checks these against content/, so they cannot drift.
 */
export const SAMPLE_PORTFOLIO = {
  /** The host of the sample's site address (site.yaml url). */
  siteHost: 'example.github.io',
  /** The sample's invented owner (profile.md name). */
  name: 'Asha Rao',
  /** SHA-256 of the sample's photo, content/images/asha-rao-avatar.png (scripts/sample/make-images.mjs draws it). */
  photoSha256: 'a2bd26ea096f88ad06bc6f934c40c749b02dc64f130a901950840f6a2b8d0917',
  /** The invented organisations of the sample's case studies. */
  organisations: ['Rasoi Runner', 'Ganit Garage', 'Pebblepot Home'],
} as const;
