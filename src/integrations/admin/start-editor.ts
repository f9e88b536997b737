// Starts the browser editor at /admin/: Sveltia CMS from npm (bundled with the site, nothing
// loaded from another site) with a configuration generated from Commfolio's schemas.
import CMS from '@sveltia/cms';
import { registerMeasuresWidget } from './measures-widget.ts';

/** Registers Commfolio's fields and starts the editor with `config`. */
export function startEditor(config: Record<string, unknown>): void {
  // Sveltia asks GitHub's status page every five minutes, from the sign-in screen on. The editor
  // makes no request to another site before sign-in, so that answer is always "no incident".
  const siteFetch = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (url.hostname === 'www.githubstatus.com') return Promise.resolve(Response.json({ status: { indicator: 'none' } }));
    return siteFetch(input, init);
  };
  registerMeasuresWidget(CMS);
  void CMS.init({ config: config as never });
}
