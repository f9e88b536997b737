import { describe, expect, test } from 'vitest';
import { faviconSvg, initialsOf, inkOn } from '../../src/lib/favicon.ts';

describe('initialsOf', () => {
  test.each([
    ['Asha Rao', 'AR'],
    ['  maria  clara de la cruz ', 'MC'],
    ['Mira', 'M'],
    ['आशा राव', 'आरा'], // whole characters: रा is one, the vowel sign belongs to its consonant
    ['Ülle Õun', 'ÜÕ'],
  ])('%s → %s', (name, initials) => {
    expect(initialsOf(name)).toBe(initials);
  });
});

describe('faviconSvg', () => {
  test('draws the initials on the accent, in the ink that reads on it', () => {
    expect(inkOn('#be185d')).toBe('#ffffff');
    expect(inkOn('#fde047')).toBe('#111111');
    const svg = faviconSvg('AR', '#be185d');
    expect(svg).toContain('fill="#be185d"');
    expect(svg).toMatch(/<text [^>]*fill="#ffffff"[^>]*>AR<\/text>/);
    expect(svg).not.toMatch(/style/);
  });

  test('escapes what it writes', () => {
    expect(faviconSvg('<&', '#000')).toContain('>&lt;&amp;</text>');
  });
});
