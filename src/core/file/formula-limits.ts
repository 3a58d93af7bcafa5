// How deep a formula may nest, how many operators it may chain, and how large a number
// it may write. The engine's parser and evaluator are recursive: measured in Node, a
// formula nested about 127 brackets deep, or chaining about 1,100 operators,
// overflows the call stack and throws instead of answering (an import failed with no
// message; a typed edit vanished). So a formula past these limits is refused, by this
// scan, before the engine ever parses it. The scan is a plain loop: it cannot overflow.

/** Brackets and function calls nested inside each other (Excel's limit is 64 nested functions). */
export const MAX_FORMULA_NESTING = 64;
/** Operators (+ - * / ^ & % = < >) in one formula: under half of the chain that overflows. */
export const MAX_FORMULA_OPERATORS = 500;
/** The largest number a formula may write; past it the engine stores Infinity, saved as "=Infinity". */
export const MAX_FORMULA_NUMBER = 1e308;

export interface FormulaShape {
  /** the deepest nesting of ( and { */
  nesting: number;
  operators: number;
  /** where each number literal starts and ends (end exclusive), such as 1.5 or 1E-3 */
  numbers: { start: number; end: number }[];
}

const OPERATORS = new Set(['+', '-', '*', '/', '^', '&', '%', '=', '<', '>']);
const NUMBER = /(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?/y;
/** a character that makes the digits after it part of a name or a reference (A1, $B$2, Q1_2) */
const WORD_CHAR = /[A-Za-z0-9_.$]/;

/**
 * The nesting, operators and numbers of a formula, skipping text in "double quotes"
 * and sheet names in 'single quotes'; `<=`, `>=` and `<>` count once, and the sign of
 * an exponent (1E-3) is part of its number.
 */
export function measureFormula(formula: string): FormulaShape {
  let depth = 0;
  const shape: FormulaShape = { nesting: 0, operators: 0, numbers: [] };
  // The leading = is the formula marker, not an operator.
  for (let i = formula.startsWith('=') ? 1 : 0; i < formula.length; i++) {
    const char = formula[i]!;
    if (char === '"' || char === "'") {
      // A quote inside is doubled ("" or ''), which this loop reads as close-and-reopen.
      const close = formula.indexOf(char, i + 1);
      if (close < 0) break;
      i = close;
    } else if (char === '(' || char === '{') {
      depth++;
      if (depth > shape.nesting) shape.nesting = depth;
    } else if (char === ')' || char === '}') {
      depth = Math.max(0, depth - 1);
    } else if (OPERATORS.has(char)) {
      const next = formula[i + 1];
      if ((char === '<' || char === '>') && (next === '=' || next === '>')) i++;
      shape.operators++;
    } else if (/[0-9.]/.test(char) && (i === 0 || !WORD_CHAR.test(formula[i - 1]!))) {
      NUMBER.lastIndex = i;
      const match = NUMBER.exec(formula);
      if (!match) continue;
      shape.numbers.push({ start: i, end: i + match[0].length });
      i += match[0].length - 1;
    }
  }
  return shape;
}

/** Why a formula is beyond the limits, in words that follow "the formula …", or undefined. */
export function formulaLimitProblem(formula: string): string | undefined {
  const { nesting, operators, numbers } = measureFormula(formula);
  if (nesting > MAX_FORMULA_NESTING)
    return `nests brackets and functions ${nesting} deep; the limit is ${MAX_FORMULA_NESTING}. Split it across several cells`;
  if (operators > MAX_FORMULA_OPERATORS)
    return `has ${operators} operators; the limit is ${MAX_FORMULA_OPERATORS}. Split it across several cells, or use SUM over a range`;
  for (const { start, end } of numbers) {
    const literal = formula.slice(start, end);
    if (Number(literal) > MAX_FORMULA_NUMBER)
      return `writes the number ${literal.slice(0, 40)}, which is larger than the largest a cell can hold (1E+308)`;
  }
  return undefined;
}
