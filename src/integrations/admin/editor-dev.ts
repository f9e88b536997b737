// The editor under `astro dev`: the configuration comes from the integration's virtual module.
import config from 'virtual:commfolio/editor-config';
import { startEditor } from './start-editor.ts';

startEditor(config);
