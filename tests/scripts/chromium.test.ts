import { describe, expect, test } from 'vitest';
import { browserCandidates } from '../../scripts/shared/chromium.ts';

describe('where npm run cv:pdf looks for a browser to print with', () => {
  test("on Linux, Debian's and Ubuntu's Chromium and Google Chrome", () => {
    expect(browserCandidates('linux', {})).toEqual(['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']);
  });
  test('on a Mac, Google Chrome, Chromium and Microsoft Edge in Applications', () => {
    expect(browserCandidates('darwin', {})).toEqual([
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ]);
  });
  test('on Windows, Google Chrome, then Microsoft Edge, which every Windows has', () => {
    const candidates = browserCandidates('win32', {
      PROGRAMFILES: 'C:\\Program Files',
      'PROGRAMFILES(X86)': 'C:\\Program Files (x86)',
      LOCALAPPDATA: 'C:\\Users\\maria\\AppData\\Local',
    });
    expect(candidates).toEqual([
      'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
      'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
      'C:\\Users\\maria\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe',
      'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
      'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
    ]);
  });
});
