// The editor in a built site: bundled once per version (see bundle-editor.ts) and reused by every
// build; the configuration beside it, admin/config.js, is written by each build.
import { startEditor } from './start-editor.ts';

// A variable, so that Vite does not take the file for an asset to bundle.
const configFile = './config.js';
void import(/* @vite-ignore */ new URL(configFile, import.meta.url).href).then((module: { default: Record<string, unknown> }) =>
  startEditor(module.default),
);
