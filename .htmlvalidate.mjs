// html-validate configuration for the built site (tests/build/validators.test.ts).
import { defineConfig } from 'html-validate';

export default defineConfig({
  extends: ['html-validate:recommended'],
  rules: {
    // Lists styled with list-style: none carry role="list" on purpose: Safari and VoiceOver drop
    // their list semantics otherwise (https://www.scottohara.me/blog/2019/01/12/lists-and-safari.html).
    'no-redundant-role': 'off',
    // HTML allows any id without whitespace; heading ids in Devanagari or Arabic are valid.
    'valid-id': ['error', { relaxed: true }],
    // The theme colours from site.yaml are one small inline <style>.
    'no-inline-style': 'off',
    // Titles carry the page and the site name; long ones are still useful in tabs.
    'long-title': 'off',
  },
});
