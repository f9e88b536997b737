import type { AstroIntegration } from 'astro';

/** A warning as Rolldown hands it to `onwarn`. */
interface BuildWarning {
  code?: string;
  message: string;
}

/**
 * Astro's own marker on the module it writes for each MDX entry of a collection
 * (content/vite-plugin-content-assets.js, "use astro:head-inject"), which Rolldown reports as a
 * directive it may drop. Astro reads the marker before bundling, so nothing is lost; the warning
 * is Astro's to fix (https://github.com/withastro/astro/issues/18087), and the user can do nothing about it.
 */
export function isAstroHeadInjectWarning(warning: BuildWarning): boolean {
  return warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"');
}

/**
 * Keeps the build's output to what a user can act on: the warnings above are dropped, every
 * other warning is printed as before. Remove it when Astro stops writing the marker.
 */
export function knownWarningsIntegration(): AstroIntegration {
  return {
    name: 'commfolio:known-warnings',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            build: {
              rolldownOptions: {
                onwarn: (warning: BuildWarning, warn: (warning: BuildWarning) => void) => {
                  if (!isAstroHeadInjectWarning(warning)) warn(warning);
                },
              },
            },
          },
        });
      },
    },
  };
}
