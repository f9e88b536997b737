import { describe, expect, test } from 'vitest';
import { isScriptUrl, withoutScriptUrls } from '../../src/lib/markdown/safe-urls.ts';

describe('isScriptUrl', () => {
  test.each([
    ['javascript:alert(1)', 'href', true],
    ['  JaVaScRiPt:alert(1)', 'href', true],
    ['java\tscript:alert(1)', 'href', true],
    ['vbscript:msgbox', 'href', true],
    ['data:text/html,<script>alert(1)</script>', 'href', true],
    ['data:image/png;base64,AAAA', 'src', false],
    ['data:image/svg+xml,<svg onload=alert(1)>', 'src', true],
    ['https://example.com/a', 'href', false],
    ['/blog/post/', 'href', false],
    ['mailto:a@example.com', 'href', false],
  ])('%j in %s → %s', (url, attribute, expected) => {
    expect(isScriptUrl(url, attribute)).toBe(expected);
  });
});

describe('withoutScriptUrls', () => {
  const element = (properties: Record<string, unknown>) => ({ type: 'element' as const, tagName: 'a', properties, children: [] });
  test('drops only the attributes that would run script', () => {
    expect(withoutScriptUrls(element({ href: 'javascript:alert(1)', title: 'x' }))).toEqual(element({ title: 'x' }));
  });
  test('leaves a safe element untouched (undefined: nothing to replace)', () => {
    expect(withoutScriptUrls(element({ href: 'https://example.com/' }))).toBeUndefined();
  });
});
