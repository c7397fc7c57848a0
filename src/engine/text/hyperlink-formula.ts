/**
 * The target of a `=HYPERLINK("target"; "text")` formula written with a literal string. One home:
 * the Office.js reader and both file readers (ExcelJS, fast-read) take links from formulas here,
 * so a target holding doubled quotes ("" inside the string, as Excel escapes a quote) reads the
 * same whichever reader saw the workbook. Excel writes "," in files; users in VN locales type ";"
 * — only the first argument matters, so both are read.
 */
const HYPERLINK_FORMULA = /^\s*=?\s*HYPERLINK\s*\(\s*"((?:[^"]|"")*)"/i;

/** Target of the formula (with or without its leading "="), or null when it is no literal HYPERLINK. */
export function hyperlinkFormulaTarget(formula: string): string | null {
  const m = HYPERLINK_FORMULA.exec(formula);
  return m ? m[1].replace(/""/g, '"') : null;
}
