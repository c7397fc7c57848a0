/**
 * Criteria sets too big or too deep, and paths that are not regular files (issue 14): each gets
 * its sentence and exit 2 (validate-set: 1, "the set cannot be used", as for any invalid set),
 * nothing is written, and nothing hangs (a FIFO is never opened for reading; /dev/zero never read).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { boundProblems, MAX_SET_DEPTH, MAX_SET_ITEMS, setBoundProblem } from '../../src/engine/criteria/set-bounds';
import { loadCriteriaSetText } from '../../src/engine/criteria/validate';
import { cli, removeTempDirs, SAMPLES, tempDir } from '../cli/run-cli';
import { deepSet, wideSet } from './hostile-files';

let dir: string;
beforeAll(() => {
  dir = tempDir('hostile-misc');
});
afterAll(() => removeTempDirs());

const SAMPLE = path.join(SAMPLES, 'so-tu-phap-2024.xlsx');

describe('criteria sets bounded in items and depth', () => {
  it('100,000 items: validate-set and check --criteria say the limit, quickly', async () => {
    const file = path.join(dir, 'rong.json');
    fs.writeFileSync(file, wideSet(100_000));
    const v = await cli(['validate-set', file]);
    expect(v.code).toBe(1);
    expect(v.stdout).toContain('Bộ tiêu chí có hơn 2.000 mục (giới hạn 2.000 mục');
    const c = await cli(['check', SAMPLE, '--criteria', file, '--lang', 'en']);
    expect(c.code).toBe(2);
    expect(c.stderr).toContain('The criteria set has more than 2,000 items (limit 2,000 areas, criteria and sub-criteria together');
  });

  it('1,000 levels deep: validate-set and template name the level, no stack overflow, nothing written', async () => {
    const file = path.join(dir, 'sau.json');
    fs.writeFileSync(file, deepSet(1000));
    const v = await cli(['validate-set', file]);
    expect(v.code).toBe(1);
    expect(v.stdout).toContain('Tiêu chí lồng nhau quá 8 cấp');
    expect(v.stdout).not.toMatch(/call stack/i);
    const out = path.join(dir, 'bieu.xlsx');
    const t = await cli(['template', '--criteria', file, '--out', out]);
    expect(t.code).toBe(2);
    expect(t.stderr).toContain('Criteria are nested more than 8 levels deep');
    expect(fs.existsSync(out)).toBe(false);
  });

  it('the bounds, at the edge: 2,000 items and 8 levels pass the bound check; one more does not', () => {
    expect([MAX_SET_ITEMS, MAX_SET_DEPTH]).toEqual([2000, 8]);
    // wideSet(n): one area holding n leaves = n + 1 items.
    expect(setBoundProblem(JSON.parse(wideSet(1999)))).toBeNull();
    expect(setBoundProblem(JSON.parse(wideSet(2000)))).toEqual(boundProblems.items());
    expect(setBoundProblem(JSON.parse(deepSet(8)))).toBeNull();
    expect(setBoundProblem(JSON.parse(deepSet(9)))?.message).toEqual(boundProblems.depth('', null).message);
  });

  it('a scale of 1e400 is "too large", not "must be a number, not a number"', () => {
    const text = JSON.stringify(JSON.parse(wideSet(3))).replace('"scale":100', '"scale":1e400');
    const loaded = loadCriteriaSetText(text);
    expect(loaded.ok).toBe(false);
    const messages = loaded.ok ? [] : loaded.problems.map((p) => [p.path, p.message.vi]);
    expect(messages).toHaveLength(1);
    expect(messages[0][0]).toBe('scale');
    expect(messages[0][1]).toMatch(/^"scale" là một số quá lớn \(lớn hơn khoảng 1,8 × 10\^308, máy đọc thành vô cực\): ghi một số bình thường\./);
    expect(messages[0][1]).not.toContain('không phải số');
  });
});

describe('paths that are not regular files', () => {
  const NOT_FILE_VI = /không phải tệp thông thường mà là .*: không đọc \(đọc có thể không bao giờ dừng\)/;
  let fifoXlsx: string;
  let fifoJson: string;
  beforeAll(() => {
    fifoXlsx = path.join(dir, 'ong.xlsx');
    fifoJson = path.join(dir, 'ong.json');
    for (const f of [fifoXlsx, fifoJson]) expect(spawnSync('mkfifo', [f]).status).toBe(0);
  });

  it('a FIFO in every command that reads a file: the sentence, exit 2, no hang', async () => {
    const out = path.join(dir, 'ra.xlsx');
    const runs = [
      await cli(['check', fifoXlsx]),
      await cli(['check', fifoXlsx, '--annotate', path.join(dir, 'ban-sao')]),
      await cli(['clear', fifoXlsx, '--out', out]),
      await cli(['import-set', fifoXlsx, '--id', 'bo-thu', '--year', '2024', '--level', 'so']),
      await cli(['check', SAMPLE, '--criteria', fifoJson]),
      await cli(['validate-set', fifoJson]),
      await cli(['template', '--criteria', fifoJson, '--out', out]),
      await cli(['check', SAMPLE, '--survey', fifoXlsx]),
    ];
    for (const r of runs) {
      expect(r.code).toBe(2);
      expect(r.stdout + r.stderr).toMatch(NOT_FILE_VI);
      expect(r.stdout + r.stderr).toContain('một ống dẫn (FIFO)');
    }
    const en = await cli(['check', '--lang', 'en', fifoXlsx]);
    expect(en.stdout).toContain('is not a regular file but a pipe (FIFO): not read (reading it might never end). Name the file itself.');
    expect(fs.existsSync(out)).toBe(false);
  });

  it('/dev/zero and a folder: refused unread', async () => {
    const z = await cli(['check', '--json', '/dev/zero']);
    expect(z.code).toBe(2);
    expect(JSON.parse(z.stdout).files[0].error).toContain('"/dev/zero" không phải tệp thông thường mà là một thiết bị (như /dev/zero)');
    const out = path.join(dir, 'ra2.xlsx');
    const c = await cli(['clear', '/dev/zero', '--out', out]);
    expect(c.code).toBe(2);
    expect(c.stderr).toContain('is not a regular file but a device (such as /dev/zero)');
    const d = await cli(['clear', dir, '--out', out]);
    expect(d.code).toBe(2);
    expect(d.stderr).toContain('không phải tệp thông thường mà là một thư mục');
    expect(fs.existsSync(out)).toBe(false);
  });

  it('a FIFO among good files in a batch: the good files are scored', async () => {
    const r = await cli(['check', '--json', SAMPLE, fifoXlsx]);
    expect(r.code).toBe(2);
    const files = JSON.parse(r.stdout).files as { scores: unknown; error: string | null }[];
    expect(files.map((f) => [f.scores !== null, f.error === null])).toEqual([[true, true], [false, false]]);
  });
});
