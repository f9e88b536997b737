import { describe, expect, test } from 'vitest';
import { qrCodeSvg, qrModules } from '../../src/lib/qr-code.ts';
import { decodeQrSvg } from '../helpers/qr.ts';

describe('qrCodeSvg', () => {
  test.each([
    ['https://asha.github.io/'],
    ['https://asha.github.io/portfolio/apply/thali-street-9c4e1a/'],
    ['https://asha.github.io/hi/links/?utm_source=badge&utm_medium=print'],
  ])('decodes back to %s', async (url) => {
    expect(await decodeQrSvg(qrCodeSvg(url, 'QR code'))).toBe(url);
  });

  test('has a quiet zone of four light modules on every side', () => {
    const { size, dark } = qrModules('https://asha.github.io/');
    const edge = [0, 1, 2, 3, size - 4, size - 3, size - 2, size - 1];
    for (const index of edge) {
      expect(dark[index]!.some(Boolean)).toBe(false);
      expect(dark.some((row) => row[index])).toBe(false);
    }
  });

  test('carries no style attribute or element, and escapes its title', () => {
    const svg = qrCodeSvg('https://a.example/', 'QR </title><script>alert(1)</script> & "x"');
    expect(svg).not.toMatch(/style|<script/);
    expect(svg).toContain('<title>QR &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;</title>');
  });
});
