import { describe, expect, test } from 'vitest';
import { escapeMarkup } from '../../src/lib/markup.ts';

describe('escapeMarkup', () => {
  test('turns markup into text', () => {
    expect(escapeMarkup('<img src=x onerror=alert(2)> & "q"')).toBe('&lt;img src=x onerror=alert(2)&gt; &amp; &quot;q&quot;');
  });
});
