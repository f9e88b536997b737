// js-yaml 4 exports its built-in types (lib/index.js `types`), which @types/js-yaml 4.0.9 leaves out.
import type { Type } from 'js-yaml';

declare module 'js-yaml' {
  /** The types of js-yaml's schemas, by name; lib/yaml-text.ts rebuilds DEFAULT_SCHEMA from them. */
  export const types: Record<
    'binary' | 'float' | 'map' | 'null' | 'pairs' | 'set' | 'timestamp' | 'bool' | 'int' | 'merge' | 'omap' | 'seq' | 'str',
    Type
  >;
}
