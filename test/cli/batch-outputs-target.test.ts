/**
 * `--summary` naming one of the files to check is refused before anything is read (batch-outputs.ts
 * start): by its path, and by device and inode (a hard link, a path through a linked folder), the
 * first such input named; a target that does not exist yet, or another file, is not refused.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { prepareBatchOutputs, type BatchOutputs } from '../../src/cli/check/batch-outputs';
import type { InputFile } from '../../src/cli/check/collect-files';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'par-check-target-'));
  for (const name of ['a.xlsx', 'b.xlsx', 'c.xlsx']) fs.writeFileSync(path.join(dir, name), name);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const inputs = (): InputFile[] => ['a.xlsx', 'b.xlsx', 'c.xlsx'].map((name) => ({ file: `in/${name}`, path: path.join(dir, name) }));

async function outputsFor(summary: string): Promise<BatchOutputs> {
  const made = await prepareBatchOutputs({ summary, force: true, positional: [], lang: 'vi', cwd: dir }, () => undefined);
  if ('problem' in made) throw new Error(made.problem.en);
  return made;
}

describe('the results workbook is never one of the inputs', () => {
  it('refuses it by its path, naming that input', async () => {
    const problem = await (await outputsFor(path.join(dir, 'b.xlsx'))).start(inputs());
    expect(problem?.en).toContain('("in/b.xlsx")');
  });

  it('refuses a hard link to an input, naming the input it is', async () => {
    fs.linkSync(path.join(dir, 'c.xlsx'), path.join(dir, 'kq.xlsx'));
    const problem = await (await outputsFor(path.join(dir, 'kq.xlsx'))).start(inputs());
    expect(problem?.en).toContain('("in/c.xlsx")');
  });

  it('refuses an input reached through a linked folder', async () => {
    const link = path.join(os.tmpdir(), `par-check-link-${process.pid}`);
    fs.symlinkSync(dir, link);
    try {
      const problem = await (await outputsFor(path.join(link, 'a.xlsx'))).start(inputs());
      expect(problem?.en).toContain('("in/a.xlsx")');
    } finally {
      fs.unlinkSync(link);
    }
  });

  it('accepts a new file and an existing file that is no input', async () => {
    expect(await (await outputsFor(path.join(dir, 'moi.xlsx'))).start(inputs())).toBeNull();
    fs.writeFileSync(path.join(dir, 'khac.xlsx'), 'a.xlsx');
    expect(await (await outputsFor(path.join(dir, 'khac.xlsx'))).start(inputs())).toBeNull();
  });
});
