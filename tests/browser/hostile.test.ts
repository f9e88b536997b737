import { describe, expect, test } from 'vitest';
import { servedSite } from '../helpers/browser.ts';

describe('hostile text in a real browser', () => {
  const served = servedSite('site-basic');

  test.each(['/blog/hostile/', '/blog/', '/blog/tags/script-alert-3-script/', '/'])(
    '%s runs no script and opens no dialog',
    async (path) => {
      const page = await served.browser.newPage();
      const dialogs: string[] = [];
      page.on('dialog', async (dialog) => {
        dialogs.push(dialog.message());
        await dialog.dismiss();
      });
      await page.goto(`${served.server.origin}${path}`, { waitUntil: 'networkidle' });
      const executableScripts = await page.evaluate(() =>
        [...document.scripts].filter((script) => !script.type || /javascript|module/.test(script.type)).map((script) => script.outerHTML),
      );
      await page.close();
      expect(dialogs).toEqual([]);
      expect(executableScripts).toEqual([]);
    },
  );
});
