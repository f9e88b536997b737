import { settings } from '../queries/site.ts';

/** The site's colours from site.yaml (validated hex codes), as a stylesheet: no inline style, so the CSP can forbid them. */
export function GET() {
  return new Response(`:root{--accent-light:${settings.colors.accent};--accent-dark:${settings.colors.accentDark}}\n`, {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
}
