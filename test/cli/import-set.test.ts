import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as ExcelJS from 'exceljs';
import { command as importSet } from '../../src/cli/commands/import-set';
import { command as validateSet } from '../../src/cli/commands/validate-set';
import { validateCriteriaSet } from '../../src/engine/criteria/validate';

const samples = resolve(__dirname, '../fixtures/samples');
const setsDir = resolve(__dirname, '../../src/engine/criteria/sets');

async function run(cmd: typeof importSet, args: string[], cwd = process.cwd()) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await cmd.run(args, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), stderrIsTTY: false, cwd });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const base = ['--id', 'minh-son-so-2024', '--year', '2024', '--level', 'department'];

/** A small province template: header, codes, maxima, scoring text; one text that cannot be read. */
async function writeTemplate(dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Hướng dẫn').getCell('A1').value = 'Hướng dẫn sử dụng';
  const ws = wb.addWorksheet('Biểu mẫu');
  ws.addRow(['BỘ TIÊU CHÍ ĐÁNH GIÁ CHỈ SỐ CCHC CÁC SỞ NĂM 2025']);
  ws.addRow([]);
  ws.addRow(['STT', 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', 'Điểm tối đa', 'Cách tính điểm']);
  ws.addRow(['I', 'Công tác chỉ đạo, điều hành', 3]);
  ws.addRow(['1', 'Kế hoạch CCHC năm', 1, 'Ban hành kịp thời: 1 điểm; Không kịp thời: 0,5 điểm; Không ban hành: 0 điểm']);
  ws.addRow(['2', 'Báo cáo CCHC', 2, 'Theo hướng dẫn riêng của Sở Nội vụ']);
  ws.addRow(['II', 'Cải cách thủ tục hành chính', 2]);
  ws.addRow(['3', 'Tỷ lệ hồ sơ giải quyết đúng hạn', 2, 'Từ 95% trở lên: 2 điểm; Từ 80% đến dưới 95%: 1 điểm; Dưới 80%: 0 điểm']);
  ws.addRow(['', 'Tổng cộng', 5]);
  const file = join(dir, 'bieu-mau.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

describe('par-check import-set', () => {
  const dir = mkdtempSync(join(tmpdir(), 'par-import-'));

  it('prints its help in Vietnamese first, then English', async () => {
    const r = await run(importSet, ['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout.indexOf('Cách dùng')).toBeGreaterThanOrEqual(0);
    expect(r.stdout.indexOf('Cách dùng')).toBeLessThan(r.stdout.indexOf('Usage'));
    expect(r.stdout).toContain('--force');
  });

  it.each([
    [['x.xlsx', '--year', '2024', '--level', 'so'], '--id'],
    [['x.xlsx', '--id', 'Ha Nam', '--year', '2024', '--level', 'so'], 'a-z'],
    [['x.xlsx', '--id', 'ha-nam', '--year', '24', '--level', 'so'], '--year'],
    [['x.xlsx', '--id', 'ha-nam', '--year', '2024', '--level', 'phuong'], '--level'],
    [['x.xlsx', '--id', 'ha-nam', '--year', '2024', '--level', 'so', '--colour'], '--colour'],
    [['--id', 'ha-nam', '--year', '2024', '--level', 'so'], '.xlsx'],
  ])('refuses a wrong command line %j with exit 2', async (args, mention) => {
    const r = await run(importSet, args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(mention);
    expect(r.stdout).toBe('');
  });

  it('exits 2 on a missing or unreadable file', async () => {
    expect((await run(importSet, [join(dir, 'khong-co.xlsx'), ...base])).code).toBe(2);
    const fake = join(dir, 'fake.xlsx');
    writeFileSync(fake, 'not a workbook');
    const r = await run(importSet, [fake, ...base]);
    expect(r.code).toBe(2);
    expect(r.stderr.length).toBeGreaterThan(0);
  });

  it('exits 2 naming the sheets when --sheet does not exist', async () => {
    const r = await run(importSet, [join(samples, 'so-tu-phap-2024.xlsx'), ...base, '--sheet', 'Sheet9']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"Tự đánh giá"');
  });

  it('writes a valid set from a clean sheet to --out', async () => {
    const out = join(dir, 'tu-phap.json');
    const r = await run(importSet, [join(samples, 'so-tu-phap-2024.xlsx'), ...base, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('108 tiêu chí');
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('\n  "id": "minh-son-so-2024"'); // pretty JSON
    const v = validateCriteriaSet(JSON.parse(text));
    expect(v.ok).toBe(true);
    if (v.ok) expect([v.set.scale, v.set.items.length, v.set.draft]).toEqual([100, 8, undefined]);
  });

  it('prints the set on standard output and the report on standard error without --out', async () => {
    const r = await run(importSet, [join(samples, 'so-y-te-2024.xlsx'), ...base, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).id).toBe('minh-son-so-2024');
    expect(r.stderr).toContain('A valid criteria set was created.');
  });

  it('refuses a sheet whose sums do not add up (exit 1, nothing written), keeps a draft with --force', async () => {
    const out = join(dir, 'xay-dung.json');
    const refused = await run(importSet, [join(samples, 'so-xay-dung-2024.xlsx'), ...base, '--out', out]);
    expect(refused.code).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(refused.stdout).toContain('Tổng điểm không khớp');
    expect(refused.stdout).toMatch(/C44: Tiêu chí 3\.3: điểm tối đa 4 nhưng tổng điểm tối đa các tiêu chí con là 3\b/);
    // Said once, as a sum, not again as a format problem.
    expect(refused.stdout.match(/3\.3/g)).toHaveLength(1);
    const forced = await run(importSet, [join(samples, 'so-xay-dung-2024.xlsx'), ...base, '--out', out, '--force']);
    expect(forced.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).draft).toBe(true);
  });

  it('lists the scoring text it could not read, item by item, and picks the template sheet itself', async () => {
    const file = await writeTemplate(dir);
    const out = join(dir, 'mau.json');
    const r = await run(importSet, [file, '--id', 'tinh-so-2025', '--year', '2025', '--level', 'so', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Cách tính điểm không đọc được');
    expect(r.stdout).toContain('2 (D6): "Theo hướng dẫn riêng của Sở Nội vụ"');
    const set = JSON.parse(readFileSync(out, 'utf8'));
    expect(set.title).toBe('BỘ TIÊU CHÍ ĐÁNH GIÁ CHỈ SỐ CCHC CÁC SỞ NĂM 2025');
    expect(set.items.map((a: { code: string; children: { code: string }[] }) => [a.code, a.children.map((c) => c.code)])).toEqual([
      ['I', ['1', '2']],
      ['II', ['3']],
    ]);
    expect(set.items[1].children[0].scoring.type).toBe('bands');
  });
});

describe('par-check validate-set', () => {
  const dir = mkdtempSync(join(tmpdir(), 'par-validate-'));

  it('prints its help in Vietnamese first, then English', async () => {
    const r = await run(validateSet, ['-h']);
    expect(r.code).toBe(0);
    expect(r.stdout.indexOf('Cách dùng')).toBeLessThan(r.stdout.indexOf('Usage'));
  });

  it('says a bundled set is valid (exit 0)', async () => {
    const r = await run(validateSet, [join(setsDir, 'mau-xa-2024.json')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('hợp lệ');
    expect(r.stdout).toContain('mau-xa-2024 (2024.1)');
  });

  it('names the item code and JSON path of each problem (exit 1)', async () => {
    const set = JSON.parse(readFileSync(join(setsDir, 'mau-xa-2024.json'), 'utf8'));
    set.items[0].children[0].children[1].code = '1.1.1'; // duplicate
    set.items[1].maxPoints = 7; // 6 in its children
    const file = join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify(set, null, 2));
    const r = await run(validateSet, [file, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('items[0].children[0].children[1].code');
    expect(r.stdout).toContain('1.1.1');
    expect(r.stdout).toContain('items[1].maxPoints');
  });

  it('gives the line of a JSON syntax error (exit 1)', async () => {
    const file = join(dir, 'syntax.json');
    writeFileSync(file, '{\n  "format": "par-criteria/1",\n  "id": "x",\n}\n');
    const r = await run(validateSet, [file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/dòng \d+/);
  });

  it('exits 2 on a missing file or a wrong command line', async () => {
    expect((await run(validateSet, [join(dir, 'none.json')])).code).toBe(2);
    expect((await run(validateSet, [])).code).toBe(2);
    expect((await run(validateSet, ['a.json', '--strict'])).code).toBe(2);
  });
});
