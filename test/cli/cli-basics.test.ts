import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { cli, ensureBuilt, removeTempDirs, ROOT, runCli, STACK_LINE, tempDir } from './run-cli';

jest.setTimeout(180_000);
beforeAll(() => ensureBuilt());
afterAll(() => removeTempDirs());

// Spawned (the built bin, real streams and exit codes): the overall help, no arguments, a fresh
// checkout. The other cases run main() in process (cli()).
describe('par-check command line', () => {
  it('prints the overall help, Vietnamese first then English', () => {
    const r = runCli(['--help']);
    expect(r.code).toBe(0);
    const vi = r.stdout.indexOf('Cách dùng: par-check <lệnh>');
    const en = r.stdout.indexOf('Usage: par-check <command>');
    expect(vi).toBeGreaterThanOrEqual(0);
    expect(en).toBeGreaterThan(vi);
    for (const name of ['check', 'sets', 'template', 'clear', 'import-set', 'validate-set']) expect(r.stdout).toContain(`  ${name}`);
  });

  it.each(['check', 'sets', 'template', 'clear'])('prints the help of %s with -h and --help', async (name) => {
    for (const flag of ['-h', '--help']) {
      const r = await cli([name, flag]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^Cách dùng: par-check ${name}`));
      expect(r.stdout).toContain(`Usage: par-check ${name}`);
    }
  });

  it('without arguments shows the help on stderr and exits 2', () => {
    const r = runCli([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage: par-check');
  });

  it('rejects an unknown command with exit 2 in both languages', async () => {
    const r = await cli(['chek', 'a.xlsx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Không có lệnh "chek"');
    expect(r.stderr).toContain('Unknown command "chek"');
  });

  it('rejects an unknown option, a missing value and a bad language with exit 2', async () => {
    const unknown = await cli(['check', '--jsn', 'a.xlsx']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('không có tùy chọn --jsn');
    expect(unknown.stderr).toContain('has no option --jsn');

    const missing = await cli(['check', 'a.xlsx', '--criteria']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--criteria cần một giá trị');

    const lang = await cli(['check', 'a.xlsx', '--lang', 'fr']);
    expect(lang.code).toBe(2);
    expect(lang.stderr).toContain('--lang vi hoặc --lang en');
  });

  it('asks for a file when check gets none', async () => {
    const r = await cli(['check', '--json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Chưa có tệp cần kiểm tra');
  });

  it('explains an unknown criteria set id and lists the known ones', async () => {
    const r = await cli(['check', 'x.xlsx', '--criteria', 'khong-co']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Không có bộ tiêu chí "khong-co"');
    expect(r.stderr).toContain('mau-so-nganh-2024@2024.1');
    expect(r.stderr).not.toMatch(STACK_LINE);
  });

  it('lists the bundled sets as text and as JSON', async () => {
    const text = await cli(['sets']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^mau-so-nganh-2024 {2}2024\.1 {2}department {2}2024 {2}Bộ tiêu chí/m);
    expect(text.stdout).toMatch(/^mau-xa-2024 {2}2024\.1 {2}commune {2}2024 /m);

    const json = await cli(['sets', '--json']);
    expect(json.code).toBe(0);
    const sets = JSON.parse(json.stdout) as { id: string; version: string; level: string; year: number; title: string }[];
    expect(sets.map((s) => [s.id, s.version, s.level, s.year])).toEqual([
      ['mau-so-nganh-2024', '2024.1', 'department', 2024],
      ['mau-xa-2024', '2024.1', 'commune', 2024],
    ]);
    expect(sets.every((s) => s.title.length > 0)).toBe(true);
  });

  it('prints its version', async () => {
    const r = await cli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('builds itself on a fresh checkout where dist/ does not exist yet', () => {
    // A checkout without dist/: bin and scripts copied, sources and modules linked.
    const dir = tempDir('fresh');
    fs.mkdirSync(path.join(dir, 'bin'));
    fs.mkdirSync(path.join(dir, 'scripts'));
    fs.copyFileSync(path.join(ROOT, 'bin', 'par-check.js'), path.join(dir, 'bin', 'par-check.js'));
    fs.copyFileSync(path.join(ROOT, 'scripts', 'build-cli.js'), path.join(dir, 'scripts', 'build-cli.js'));
    for (const name of ['src', 'node_modules', 'package.json']) fs.symlinkSync(path.join(ROOT, name), path.join(dir, name));
    const r = spawnSync(process.execPath, [path.join(dir, 'bin', 'par-check.js'), 'sets', '--json'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(2);
    expect(fs.existsSync(path.join(dir, 'dist', 'cli', 'par-check.js'))).toBe(true);
  });
});
