/** Control characters in names reach the terminal escaped (issue 14); the JSON report keeps them (JSON escapes them itself). */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { terminalSafe } from '../../src/cli/terminal-text';
import { SAMPLES, cli } from './run-cli';

jest.setTimeout(120_000);

it('terminalSafe escapes C0 (but tab and line feed), DEL, C1 and bidi overrides', () => {
  expect(terminalSafe('a\x1b[31mb\rc\td\ne\x7f\u009b\u202eZ')).toBe('a\\x1B[31mb\\x0Dc\td\ne\\x7F\\x9B\\u202EZ');
  expect(terminalSafe('Sở Tư pháp')).toBe('Sở Tư pháp');
});

describe('check', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'par-terminal-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a file name carrying an ESC sequence is printed escaped in text, kept exactly in JSON', async () => {
    const name = 'so-\x1b]0;pwned\x07-\x1b[2J.xlsx';
    fs.copyFileSync(path.join(SAMPLES, 'so-y-te-2024.xlsx'), path.join(dir, name));
    fs.writeFileSync(path.join(dir, 'hong\x1b[31m.xlsx'), 'not a workbook');
    const text = await cli(['check', dir]);
    expect(text.stdout + text.stderr).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
    expect(text.stdout).toContain('so-\\x1B]0;pwned\\x07-\\x1B[2J.xlsx');
    expect(text.stdout).toContain('hong\\x1B[31m.xlsx');
    const json = await cli(['check', dir, '--json']);
    const files = (JSON.parse(json.stdout) as { files: { file: string }[] }).files.map((f) => path.basename(f.file));
    expect(files).toContain(name);
  });
});
