import { describe, expect, test } from 'vitest';
import { evaluateFormula, formatFormula, formulaDenominator, formulaMeasures, parseFormula } from '../../src/schemas/formula.ts';

describe('parseFormula and evaluateFormula', () => {
  test.each([
    ['(likes + comments + saves + shares) / reach', { likes: 70, comments: 10, saves: 15, shares: 5, reach: 2000 }, 0.05],
    ['resolved / complaints', { resolved: 1870, complaints: 1942 }, 1870 / 1942],
    ['a - b - c', { a: 10, b: 3, c: 2 }, 5],
    ['a / b / c', { a: 12, b: 3, c: 2 }, 2],
    ['a + b * c', { a: 1, b: 2, c: 3 }, 7],
    ['-a + 2 * (b − c)', { a: 1, b: 5, c: 2 }, 5],
    ['likes × 100 ÷ reach', { likes: 5, reach: 50 }, 10],
    ['पसंद / पहुँच', { पसंद: 3, पहुँच: 4 }, 0.75],
  ])('%s is %d', (text, values, expected) => {
    expect(evaluateFormula(parseFormula(text), values)).toBeCloseTo(expected, 10);
  });

  test('divides by zero to Infinity, and a missing measure to NaN', () => {
    expect(evaluateFormula(parseFormula('a / b'), { a: 1, b: 0 })).toBe(Infinity);
    expect(evaluateFormula(parseFormula('a / b'), { a: 1 })).toBeNaN();
  });

  test.each([
    ['likes / ', /ends too early/],
    ['(likes + comments / reach', /"\(" without its "\)"/],
    ['likes reach', /"reach" where an operator/],
    ['likes % reach', /cannot read "% reach"/],
    ['alert(1)', /"1" where an operator|"\(" where an operator|where an operator/],
    ['* likes', /"\*" where a measure name/],
  ])('"%s" is refused with a reason', (text, message) => {
    expect(() => parseFormula(text)).toThrow(message);
  });
});

describe('formulaMeasures', () => {
  test('lists each measure once, in order of use', () => {
    expect(formulaMeasures(parseFormula('(likes + comments + likes) / reach'))).toEqual(['likes', 'comments', 'reach']);
  });
});

describe('formatFormula', () => {
  test.each([
    ['(likes+comments)/reach', '(likes + comments) ÷ reach'],
    ['a - (b + c)', 'a − (b + c)'],
    ['a / (b * c)', 'a ÷ (b × c)'],
    ['a * b + c', 'a × b + c'],
    ['-(a + b)', '−(a + b)'],
  ])('%s reads as %s', (text, expected) => {
    expect(formatFormula(parseFormula(text), (name) => name)).toBe(expected);
  });
  test('writes numbers in the page language when asked', () => {
    expect(formatFormula(parseFormula('likes / reach'), (name) => ({ likes: '1,200', reach: '1,25,000' })[name]!)).toBe('1,200 ÷ 1,25,000');
  });
});

describe('formulaDenominator', () => {
  test.each([
    ['(likes + comments) / reach', 'reach'],
    ['interactions / (followers + 0)', 'followers + 0'],
    ['likes + comments', undefined],
  ])('of %s is %s', (text, expected) => {
    expect(formulaDenominator(parseFormula(text))).toBe(expected);
  });
});
