/**
 * The commands that open a workbook through ExcelJS (check --annotate, clear, import-set) refuse a
 * lying zip with the bomb's sentence and exit 2, and write nothing. Their inflating goes through
 * JSZip (pure JavaScript): three 100 MB bombs were most of the hostile tests' time, so here the
 * budget is 4 MB (input-limits.ts mocked: InflateBudget's default and MAX_INFLATED_BYTES) and the
 * bomb 5 MB. The real 100 MB limit and its sentence are proved in ./zip-bombs.test.ts (check, the
 * constant, the 200-entry stream, a bomb among good files); here only the wiring of each command.
 */
import * as fs from 'fs';
import * as path from 'path';
import { cli, removeTempDirs, tempDir } from '../cli/run-cli';
import { lyingSizes } from './hostile-files';

const MB = 1 << 20;

jest.mock('../../src/file/input-limits', () => {
  const actual = jest.requireActual('../../src/file/input-limits');
  const SMALL = 4 * (1 << 20);
  class SmallBudget extends actual.InflateBudget {
    constructor(limit = SMALL) {
      super(limit);
    }
  }
  return { ...actual, MAX_INFLATED_BYTES: SMALL, InflateBudget: SmallBudget };
});

// The sentence names the budget it was stopped by: 4 MB here (100 MB for real: ./zip-bombs.test.ts).
const BOMB_VI = /Tệp giải nén ra hơn 4 MB dữ liệu \(giới hạn 4 MB; .*bom nén.*chép riêng sheet chấm điểm sang sổ làm việc mới/;
const BOMB_EN = /The file unzips to more than 4 MB \(limit 4 MB; .*zip bomb.*copy the scoresheet alone into a new workbook/;

let dir: string;
let bomb: string;
beforeAll(() => {
  dir = tempDir('hostile-zip-commands');
  bomb = path.join(dir, 'bom.xlsx');
  // 5 MB of spaces declared as 1,000 bytes: over the 4 MB budget of this file.
  fs.writeFileSync(bomb, lyingSizes(5 * MB));
});
afterAll(() => removeTempDirs());

it('the budget here is the small one (so the refusals below come from it)', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const limits = require('../../src/file/input-limits') as typeof import('../../src/file/input-limits');
  expect([limits.MAX_INFLATED_BYTES, new limits.InflateBudget().limit]).toEqual([4 * MB, 4 * MB]);
});

it('check --annotate, clear and import-set: the same sentence, exit 2, nothing written', async () => {
  const copies = path.join(dir, 'ban-sao');
  const annotated = await cli(['check', bomb, '--annotate', copies]);
  expect(annotated.code).toBe(2);
  expect(annotated.stdout).toMatch(BOMB_VI);
  expect(fs.readdirSync(copies).filter((f) => f.endsWith('.xlsx'))).toEqual([]);
  const out = path.join(dir, 'sach.xlsx');
  const cleared = await cli(['clear', bomb, '--out', out]);
  expect(cleared.code).toBe(2);
  expect(cleared.stderr).toMatch(BOMB_VI);
  expect(cleared.stderr).toMatch(BOMB_EN);
  expect(fs.existsSync(out)).toBe(false);
  const imported = await cli(['import-set', bomb, '--id', 'bo-thu', '--year', '2024', '--level', 'so', '--out', path.join(dir, 'bo.json')]);
  expect(imported.code).toBe(2);
  expect(imported.stdout + imported.stderr).toMatch(BOMB_VI);
  expect(fs.existsSync(path.join(dir, 'bo.json'))).toBe(false);
});
