import type { CardJob } from './card-cache.ts';

/**
 * How the site's cards reach the build's card step. The step lives in the integration
 * (./integration.ts); the card list is made by the pages' code, which Astro bundles and runs in the
 * same process but as other module instances, so the two meet on a global that only this module
 * touches. Pages reach `cardReceiver` through virtual:commfolio/build (../build-state.ts). Under
 * `astro dev` there is no step and the card routes render cards on request.
 */
export interface CardReceiver {
  /** Takes the site's cards; only the first call of a build lists them. */
  submit(listJobs: () => Promise<readonly CardJob[]>): Promise<void>;
}

const KEY = Symbol.for('commfolio.social-card-step');
const registry = globalThis as typeof globalThis & { [KEY]?: CardReceiver };

/** Sets (or, with undefined, removes) the card step of the build under way. */
export function setCardReceiver(receiver: CardReceiver | undefined): void {
  registry[KEY] = receiver;
}

/** The card step of the build under way, if any. */
export function cardReceiver(): CardReceiver | undefined {
  return registry[KEY];
}
