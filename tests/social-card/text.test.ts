import { describe, expect, test } from 'vitest';
import { textDirection, withLineBreakOpportunities, ZERO_WIDTH_SPACE } from '../../src/social-card/text.ts';

describe('withLineBreakOpportunities', () => {
  test.each([
    ['th', 'การจัดการชุมชนออนไลน์', ['การ', 'จัดการ', 'ชุมชน', 'ออนไลน์']],
    ['lo', 'ການຈັດການຊຸມຊົນ', null],
    ['km', 'ការគ្រប់គ្រងសហគមន៍', null],
    ['my', 'အသိုင်းအဝိုင်းစီမံခန့်ခွဲမှု', null],
  ])('breaks %s text between words', (language, text, words) => {
    const prepared = withLineBreakOpportunities(text, language);
    expect(prepared).toContain(ZERO_WIDTH_SPACE);
    expect(prepared.replaceAll(ZERO_WIDTH_SPACE, '')).toBe(text);
    if (words) expect(prepared.split(ZERO_WIDTH_SPACE)).toEqual(words);
  });

  test.each([
    ['en', 'Community management, measured'],
    ['hi', 'समुदाय प्रबंधन की पहली सीख'],
    ['ja', 'オンラインコミュニティ運営'],
    ['ar', 'إدارة المجتمعات الرقمية'],
  ])('leaves %s text as it is', (language, text) => {
    expect(withLineBreakOpportunities(text, language)).toBe(text);
  });

  test('does not break between Thai and the Latin word or space beside it', () => {
    expect(withLineBreakOpportunities('ชุมชน Discord ของเรา', 'th')).toBe(`ชุมชน Discord ของ${ZERO_WIDTH_SPACE}เรา`);
  });
});

describe('textDirection', () => {
  test.each([
    ['إدارة المجتمعات', 'rtl'],
    ['«שלום» world', 'rtl'],
    ['123 Community', 'ltr'],
    ['+240% مجتمع', 'rtl'],
    ['', 'ltr'],
  ])('%s is %s', (text, direction) => {
    expect(textDirection(text)).toBe(direction);
  });
});
