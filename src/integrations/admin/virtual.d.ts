declare module 'virtual:commfolio/editor-config' {
  /** The editor's configuration, generated from the schemas (src/lib/editor-config). */
  const config: Record<string, unknown>;
  export default config;
}
