// Types of the virtual modules the integrations provide. Pages read the build only through the first.

// Provided by src/integrations/build-state.ts: what pages and content.config.ts know of the build.
declare module 'virtual:commfolio/build' {
  type BuildState = import('./build-state.ts').BuildState;
  /** The content folder this build reads, as an absolute path. */
  export const contentDir: BuildState['contentDir'];
  /**
   * site.yaml after validation and the SITE_URL / BASE_PATH overrides. Not exported while a preview
   * shows site.yaml's problems: its problems page answers every address then, and no page renders.
   */
  export const settings: BuildState['settings'];
  /** Whether drafts are shown: only under `astro dev`. */
  export const includeDrafts: BuildState['includeDrafts'];
  /** Where the screenshots integration keeps published (redacted, re-encoded) copies. */
  export const screenshotCacheDir: BuildState['screenshotCacheDir'];
  /** The card step of the build under way, or undefined under `astro dev` (cards render on request). */
  export const cardReceiver: typeof import('./social-cards/card-handover.ts').cardReceiver;
}

// Provided by src/integrations/admin/index.ts under `astro dev` only, for the editor's own browser
// script (admin/editor-dev.ts), never for pages; a built site reads admin/config.js instead.
declare module 'virtual:commfolio/editor-config' {
  /** The editor's configuration, generated from the schemas (src/lib/editor-config). */
  const config: Record<string, unknown>;
  export default config;
}
