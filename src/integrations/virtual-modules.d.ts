// Types of the virtual module that src/integrations/build-state.ts provides.
declare module 'virtual:commfolio/build' {
  type BuildState = import('./build-state.ts').BuildState;
  /** The content folder this build reads, as an absolute path. */
  export const contentDir: BuildState['contentDir'];
  /** site.yaml after validation and the SITE_URL / BASE_PATH overrides. */
  export const settings: BuildState['settings'];
  /** Whether drafts are shown: only under `astro dev`. */
  export const includeDrafts: BuildState['includeDrafts'];
  /** Where the screenshots integration keeps published (redacted, re-encoded) copies. */
  export const screenshotCacheDir: BuildState['screenshotCacheDir'];
  /** The card step of the build under way, or undefined under `astro dev` (cards render on request). */
  export const cardReceiver: typeof import('./social-cards/card-handover.ts').cardReceiver;
}
