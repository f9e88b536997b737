/**
 * Formulas that compute a figure from raw counts, e.g. `(likes + comments + saves + shares) / reach`.
 * Parsed by a small recursive-descent parser (never `eval`): numbers, measure names, + − × ÷ and
 * parentheses. Measure names are letters, digits and `_`, starting with a letter.
 */
import { quoteValue } from './messages.ts';

/** A parsed formula. */
export type Formula =
  | { kind: 'number'; value: number }
  | { kind: 'measure'; name: string }
  | { kind: 'negate'; operand: Formula }
  | { kind: 'binary'; operator: '+' | '-' | '*' | '/'; left: Formula; right: Formula };

/** A measure name as written in formulas and CSV headers. */
export const MEASURE_NAME = /^\p{L}[\p{L}\p{M}\p{N}_]*$/u;

const TOKEN = /\s*(?:(\d+(?:\.\d+)?)|(\p{L}[\p{L}\p{M}\p{N}_]*)|([-+*/×÷−()]))/uy;
const OPERATOR_ALIASES: Record<string, string> = { '×': '*', '÷': '/', '−': '-' };

/** Parses a formula; throws an Error whose message says what is wrong, for the content report. */
export function parseFormula(text: string): Formula {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length && text.slice(TOKEN.lastIndex).trim() !== '') {
    const start = TOKEN.lastIndex;
    const match = TOKEN.exec(text);
    if (!match)
      throw new Error(`cannot read ${quoteValue(text.slice(start).trim())}. Use measure names, numbers, + - * / and parentheses.`);
    tokens.push(OPERATOR_ALIASES[match[0].trim()] ?? match[0].trim());
  }
  let position = 0;
  const peek = () => tokens[position];
  const expression = (): Formula => {
    let left = term();
    while (peek() === '+' || peek() === '-') left = { kind: 'binary', operator: tokens[position++] as '+' | '-', left, right: term() };
    return left;
  };
  const term = (): Formula => {
    let left = factor();
    while (peek() === '*' || peek() === '/') left = { kind: 'binary', operator: tokens[position++] as '*' | '/', left, right: factor() };
    return left;
  };
  const factor = (): Formula => {
    const token = tokens[position++];
    if (token === undefined) throw new Error('ends too early. Finish it with a measure name or a number.');
    if (token === '-') return { kind: 'negate', operand: factor() };
    if (token === '(') {
      const inner = expression();
      if (tokens[position++] !== ')') throw new Error('has a "(" without its ")".');
      return inner;
    }
    if (/^\d/.test(token)) return { kind: 'number', value: Number(token) };
    if (MEASURE_NAME.test(token)) return { kind: 'measure', name: token };
    throw new Error(`has ${quoteValue(token)} where a measure name or a number should be.`);
  };
  const formula = expression();
  if (position < tokens.length) throw new Error(`has ${quoteValue(tokens[position])} where an operator (+ - * /) should be.`);
  return formula;
}

/** The measure names a formula uses, in order of first use. */
export function formulaMeasures(formula: Formula): string[] {
  const names = new Set<string>();
  const visit = (node: Formula): void => {
    if (node.kind === 'measure') names.add(node.name);
    else if (node.kind === 'negate') visit(node.operand);
    else if (node.kind === 'binary') {
      visit(node.left);
      visit(node.right);
    }
  };
  visit(formula);
  return [...names];
}

type Operator = Extract<Formula, { kind: 'binary' }>['operator'];
const apply = (operator: Operator, left: number, right: number) =>
  operator === '+' ? left + right : operator === '-' ? left - right : operator === '*' ? left * right : left / right;

/** The formula's value for the given measures (NaN when a measure is missing; ±Infinity on ÷ 0). */
export function evaluateFormula(formula: Formula, values: Readonly<Record<string, number>>): number {
  switch (formula.kind) {
    case 'number':
      return formula.value;
    case 'measure':
      return values[formula.name] ?? Number.NaN;
    case 'negate':
      return -evaluateFormula(formula.operand, values);
    case 'binary':
      return apply(formula.operator, evaluateFormula(formula.left, values), evaluateFormula(formula.right, values));
  }
}

/**
 * What goes wrong when a formula is computed: a division by zero, or an overflow (a step on the way
 * beyond what numbers can hold, or a result beyond `limit`, e.g. MAX_FIGURE of schemas/figures.ts).
 * Undefined when the result is a usable number; `scale` is applied to the result (100 for "%").
 */
export function formulaFault(
  formula: Formula,
  values: Readonly<Record<string, number>>,
  scale = 1,
  limit = Number.MAX_VALUE,
): 'division by zero' | 'overflow' | undefined {
  let fault: 'division by zero' | 'overflow' | undefined;
  const visit = (node: Formula): number => {
    if (node.kind === 'negate') return -visit(node.operand);
    if (node.kind !== 'binary') return evaluateFormula(node, values);
    const [left, right] = [visit(node.left), visit(node.right)];
    if (node.operator === '/' && right === 0) fault ??= 'division by zero';
    const result = apply(node.operator, left, right);
    if (!Number.isFinite(result)) fault ??= 'overflow';
    return result;
  };
  const result = visit(formula) * scale;
  return fault ?? (Math.abs(result) <= limit ? undefined : 'overflow');
}

const PRECEDENCE = { '+': 1, '-': 1, '*': 2, '/': 2 } as const;
const SYMBOLS = { '+': '+', '-': '−', '*': '×', '/': '÷' } as const;

/**
 * The formula written for readers, with × ÷ − and only the parentheses it needs; `show` writes
 * each measure (its name, or its number in the page's language).
 */
export function formatFormula(formula: Formula, show: (name: string) => string, showNumber: (value: number) => string = String): string {
  const write = (node: Formula, parentPrecedence: number, isRight: boolean): string => {
    if (node.kind === 'number') return showNumber(node.value);
    if (node.kind === 'measure') return show(node.name);
    if (node.kind === 'negate') return `−${write(node.operand, 3, false)}`;
    const precedence = PRECEDENCE[node.operator];
    const text = `${write(node.left, precedence, false)} ${SYMBOLS[node.operator]} ${write(node.right, precedence, true)}`;
    return precedence < parentPrecedence || (isRight && precedence === parentPrecedence) ? `(${text})` : text;
  };
  return write(formula, 0, false);
}

/** What a rate is divided by: the divisor of a formula's outermost division, written for readers. */
export function formulaDenominator(formula: Formula, show: (name: string) => string = (name) => name): string | undefined {
  return formula.kind === 'binary' && formula.operator === '/' ? formatFormula(formula.right, show) : undefined;
}

/** The raw counts a formula uses, by name: one number, or a before/after pair. */
export type MeasureValues = Readonly<Record<string, number | { before: number; after: number }>>;

/** The measures' values as one set (`value`) or two (`before`, `after`) when any is a pair. */
export function measureSides(measures: MeasureValues): Partial<Record<'value' | 'before' | 'after', Record<string, number>>> {
  const pick = (side: 'before' | 'after') =>
    Object.fromEntries(Object.entries(measures).map(([name, value]) => [name, typeof value === 'number' ? value : value[side]]));
  return Object.values(measures).some((value) => typeof value !== 'number')
    ? { before: pick('before'), after: pick('after') }
    : { value: pick('after') };
}
