/**
 * A Markdown and MDX plugin: every code block (`pre`) takes keyboard focus, so a line wider than
 * a phone's screen can be scrolled without a mouse or a touch screen (WCAG 2.1.1, axe's
 * scrollable-region-focusable).
 */
import type { HastElement } from './hast-element.ts';

/** The code block with tabindex="0"; undefined when the author already chose a tabindex. */
export function focusableCodeBlock<Element extends HastElement>(element: Readonly<Element>): Element | undefined {
  if (element.properties.tabIndex !== undefined) return undefined;
  return { ...element, properties: { ...element.properties, tabIndex: 0 } };
}

/** The Sätteri hast plugin, beside safeUrlsPlugin in astro.config.mjs. */
export const focusableCodePlugin = {
  name: 'commfolio-focusable-code',
  element: { filter: ['pre'], visit: (element: Readonly<HastElement>) => focusableCodeBlock(element) },
};
