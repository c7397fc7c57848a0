/**
 * scripts/check-office-globals.js: Office.js globals outside src/excel are found in code (values,
 * types, window.Office), never in comments or strings; src/excel itself is not read. Lines
 * counted by hand in the fixtures below.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { globalUses, checkOfficeGlobals } = require('../../scripts/check-office-globals.js') as {
  globalUses(fileName: string, text: string): { line: number; text: string }[];
  checkOfficeGlobals(root: string, memo?: Record<string, { line: number; text: string }[]>): string[];
};

describe('check-office-globals', () => {
  it('finds value, type and window uses, and skips comments, strings and look-alike names', () => {
    const text = [
      '// Office.onReady is only called in src/excel', // 1: comment
      "const hint = 'mở tệp bằng Excel. Office.js';", // 2: string
      'Office.onReady(() => {});', // 3: value use
      'export function f(c: Excel.RequestContext) { return c; }', // 4: type use
      "if (typeof window.Office === 'undefined') {}", // 5: window property
      'const o = { Excel: 1 }; o.Excel;', // 6: object key and a property of something else
      'const t = `${OfficeExtension.Error}`;', // 7: value inside a template
    ].join('\n');
    expect(globalUses('x.ts', text).map((u) => u.line)).toEqual([3, 4, 5, 7]);
  });

  it('reads src outside src/excel only, and names file and line', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'office-globals-'));
    try {
      fs.mkdirSync(path.join(root, 'src', 'excel'), { recursive: true });
      fs.mkdirSync(path.join(root, 'src', 'taskpane'), { recursive: true });
      fs.writeFileSync(path.join(root, 'src', 'excel', 'ok.ts'), 'Office.onReady();\n');
      fs.writeFileSync(path.join(root, 'src', 'taskpane', 'leak.tsx'), '\nexport const x = Excel.run;\n');
      expect(checkOfficeGlobals(root)).toEqual(['src/taskpane/leak.tsx:2: export const x = Excel.run;']);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('with a memo (--cache): a changed file is read again, an unchanged one is taken from the memo', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'office-globals-'));
    try {
      fs.mkdirSync(path.join(root, 'src', 'taskpane'), { recursive: true });
      const file = path.join(root, 'src', 'taskpane', 'a.ts');
      fs.writeFileSync(file, 'export const x = 1;\n');
      const memo: Record<string, { line: number; text: string }[]> = {};
      expect(checkOfficeGlobals(root, memo)).toEqual([]);
      expect(Object.keys(memo)).toHaveLength(1);
      // The file now uses Office on line 2: its text changed, so it is parsed again and found.
      fs.writeFileSync(file, 'export const x = 1;\nOffice.onReady();\n');
      expect(checkOfficeGlobals(root, memo)).toEqual(['src/taskpane/a.ts:2: Office.onReady();']);
      // Kept for the changed text only (the old text's entry is dropped).
      expect(Object.values(memo)).toEqual([[{ line: 2, text: 'Office.onReady();' }]]);
      // An entry for the same text is believed as it is: the memo is what saves the parsing.
      const [key] = Object.keys(memo);
      memo[key] = [{ line: 9, text: 'from the memo' }];
      expect(checkOfficeGlobals(root, memo)).toEqual(['src/taskpane/a.ts:9: from the memo']);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
