/** An element as Sätteri's hast visitor passes it to Commfolio's Markdown plugins (read-only). */
export interface HastElement {
  type: 'element';
  tagName: string;
  properties: Record<string, unknown>;
  children: unknown[];
}
