import type { Loader, LoaderContext } from 'astro/loaders';

/**
 * A collection loader that keeps `npm run dev` running when the content is broken. Astro stops
 * the dev server when an entry fails to load as it starts (bad YAML, a misspelt field), before
 * anyone can see what is wrong. In the preview (where Astro gives loaders a file watcher) this
 * loader instead leaves the collection as far as it got and loads it again after each change
 * until it loads, while the problems page (dev-preview.ts) shows every problem in the browser.
 * A build still stops at once: the content check has listed everything before it starts.
 */
export function loadableWhileBroken(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context: LoaderContext) => {
      try {
        await loader.load(context);
      } catch (error) {
        const { watcher } = context;
        if (!watcher) throw error;
        let loading = false;
        const retry = async () => {
          if (loading) return;
          loading = true;
          try {
            await loader.load(context);
            watcher.off('all', retry);
          } catch {
            // Still broken: the problems page says why; the next change tries again.
          } finally {
            loading = false;
          }
        };
        watcher.on('all', retry);
      }
    },
  };
}
