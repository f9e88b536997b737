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
  photoSha256: '368cb11c65a0d4cde89cac3c27655ca871acca34d92483885dae9d80438e7acf',
  /** The invented organisations of the sample's case studies. */
  organisations: ['Rasoi Runner', 'Ganit Garage', 'Pebblepot Home'],
} as const;
