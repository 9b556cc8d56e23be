import type { Quarter } from './quarter';

const quarterPattern = /^([1-9]\d{3})-[Qq]([1-4])$/;

function isQuarter(text: string): text is Quarter {
  return /^[1-9]\d{3}-Q[1-4]$/.test(text);
}

/**
 * Reads a quarter written `yyyy-Qn`, as typed in a form or stored. Surrounding whitespace is ignored and a lower-case
 * `q` is accepted; the answer is always written with a capital `Q`, so the same quarter is always the same string.
 *
 * @returns the quarter, or null when `text` is not a quarter of the years 1000 to 9999.
 * @example
 * parseQuarter('2027-Q1');   // '2027-Q1'
 * parseQuarter(' 2027-q4 '); // '2027-Q4'
 * parseQuarter('2027-Q5');   // null
 * parseQuarter('2027Q1');    // null
 */
export function parseQuarter(text: string): Quarter | null {
  const match = quarterPattern.exec(text.trim());
  if (match?.[1] === undefined || match[2] === undefined) return null;
  const written = `${match[1]}-Q${match[2]}`;
  return isQuarter(written) ? written : null;
}
