import { describe, expect, test } from 'vitest';
import { focusableCodeBlock } from '../../src/lib/markdown/focusable-code.ts';

describe('focusableCodeBlock', () => {
  const pre = { type: 'element' as const, tagName: 'pre', properties: { className: ['language-js'] }, children: ['code'] };

  test('gives a code block tabindex 0 and keeps the rest', () => {
    expect(focusableCodeBlock(pre)).toEqual({ ...pre, properties: { className: ['language-js'], tabIndex: 0 } });
    expect(pre.properties).toEqual({ className: ['language-js'] });
  });

  test('leaves a tabindex the author wrote', () => {
    expect(focusableCodeBlock({ ...pre, properties: { tabIndex: -1 } })).toBeUndefined();
  });
});
