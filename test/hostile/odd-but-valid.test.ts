/**
 * Inputs that were refused or misnamed though nothing is wrong with them, or whose message
 * misled (issue 14): UTF-16 XML parts (valid XML: read), an openpyxl workbook with a comment
 * (absolute relationship targets: accepted), a unit name holding U+FFFE (the written workbooks stay
 * well-formed), an unreadable folder (said, not "holds no .xlsx"), a --summary name without .xlsx
 * (names --summary, not --out).
 */
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import type { Report } from '../../src/cli/check/json-report';
import { checkFiles, exitStatus } from '../../src/cli/check/check-files';
import { collectFiles, type ReadDir } from '../../src/cli/check/collect-files';
import { bundledSets } from '../../src/engine/criteria/registry';
import { readWorkbookSheetsFast } from '../../src/file/fast-read';
import { FileWorkbook } from '../../src/file/file-workbook';
import { cli, removeTempDirs, SAMPLES, tempDir } from '../cli/run-cli';
import { generateFilledWorkbook } from '../helpers/generate-workbook';
import { rawPackage, REL_NS } from '../helpers/raw-package';

let dir: string;
beforeAll(() => {
  dir = tempDir('hostile-odd');
});
afterAll(() => removeTempDirs());

const SAMPLE = path.join(SAMPLES, 'so-tu-phap-2024.xlsx');

/** The sample with every XML part re-encoded as UTF-16LE with a byte-order mark, as its declaration says. */
async function utf16Copy(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  for (const name of Object.keys(zip.files)) {
    if (!/\.(xml|rels)$/.test(name) || zip.files[name].dir) continue;
    let xml = await zip.files[name].async('string');
    xml = /^<\?xml/.test(xml) ? xml.replace(/encoding="UTF-8"/i, 'encoding="UTF-16"') : xml;
    zip.file(name, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]));
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

it('UTF-16 XML parts are read, by both readers, with the same result as the UTF-8 original', async () => {
  const original = fs.readFileSync(SAMPLE);
  const file = path.join(dir, 'utf16.xlsx');
  fs.writeFileSync(file, await utf16Copy(original));
  const a = JSON.parse((await cli(['check', '--json', SAMPLE])).stdout) as Report;
  const copies = path.join(dir, 'ban-sao-utf16');
  const r = await cli(['check', '--json', file, '--annotate', copies]);
  const b = JSON.parse(r.stdout) as Report;
  expect(b.files[0].error).toBeNull();
  expect(b.files[0].scores).toEqual(a.files[0].scores);
  expect(b.files[0].findings).toEqual(a.files[0].findings);
  expect(r.stderr).toBe(''); // no "cannot open" or "differs" note: ExcelJS read the same cells
  expect(fs.readdirSync(copies).filter((f) => f.endsWith('.xlsx'))).toHaveLength(1);
  const fast = readWorkbookSheetsFast(fs.readFileSync(file)).map((s) => s.grid);
  expect((await FileWorkbook.fromBuffer(fs.readFileSync(file))).readAllGrids()).toEqual(fast);
});

it('an openpyxl workbook with a comment (absolute targets "/xl/comments/comment1.xml") is accepted, the note read', async () => {
  // As openpyxl 3 writes it: worksheet and comment parts named by absolute targets.
  const comments = '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>ai</author></authors><commentList><comment ref="A1" authorId="0"><text><t>ghi chú</t></text></comment></commentList></comments>';
  const vml = '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shape id="_x0000_s1025"><x:ClientData ObjectType="Note"><x:Row>0</x:Row><x:Column>0</x:Column></x:ClientData></v:shape></xml>';
  const bytes = await rawPackage({
    sheets: [{
      name: 'Biểu',
      path: 'xl/worksheets/sheet1.xml',
      body: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>STT</t></is></c></row></sheetData><legacyDrawing r:id="anysvml"/>',
      rels: `<Relationship Type="${REL_NS}/comments" Target="/xl/comments/comment1.xml" Id="comments"/><Relationship Type="${REL_NS}/vmlDrawing" Target="/xl/drawings/commentsDrawing1.vml" Id="anysvml"/>`,
      parts: { 'xl/comments/comment1.xml': comments, 'xl/drawings/commentsDrawing1.vml': vml },
    }],
  });
  const fast = readWorkbookSheetsFast(bytes)[0].grid;
  expect(fast.rows[0][0]).toEqual({ value: 'STT', note: 'ghi chú' });
  const wb = await FileWorkbook.fromBuffer(bytes);
  expect(wb.readAllGrids()[0]).toEqual(fast);
  const file = path.join(dir, 'openpyxl.xlsx');
  fs.writeFileSync(file, bytes);
  const out = path.join(dir, 'openpyxl-sach.xlsx');
  const c = await cli(['clear', file, '--out', out]);
  expect(c.code).toBe(0);
  expect(c.stderr).not.toMatch(/hỏng|damaged/);
});

it('a unit name holding U+FFFE: the ranking workbook is well-formed and the name written without it', async () => {
  const set = bundledSets().find((s) => s.id === 'mau-so-nganh-2024')!;
  const file = path.join(dir, 'fffe.xlsx');
  fs.writeFileSync(file, await generateFilledWorkbook(set, { unit: 'Sở\uFFFE Nội vụ', seed: 3 }));
  const summary = path.join(dir, 'kq-fffe.xlsx');
  const r = await cli(['check', file, '--summary', summary]);
  expect(r.code === 0 || r.code === 1).toBe(true);
  const written = fs.readFileSync(summary);
  // Both readers parse every part: ExcelJS's XML parser refuses U+FFFE.
  const texts = (await FileWorkbook.fromBuffer(written)).readAllGrids()
    .flatMap((g) => g.rows.flat().map((c) => (typeof c?.value === 'string' ? c.value : '')));
  expect(texts.some((t) => t.includes('Sở Nội vụ'))).toBe(true);
  expect(texts.some((t) => t.includes('\uFFFE'))).toBe(false);
});

it('an unreadable folder in a batch: said in its place, the other files still scored, exit 2', async () => {
  const root = path.join(dir, 'lo');
  fs.mkdirSync(path.join(root, 'khoa'), { recursive: true });
  fs.copyFileSync(SAMPLE, path.join(root, 'so-tu-phap.xlsx'));
  // Tests run as root, where chmod 000 does not block: the walk's one file-system call fails instead.
  const readdir: ReadDir = async (d) => {
    if (d.endsWith(`${path.sep}khoa`)) throw Object.assign(new Error('denied'), { code: 'EACCES' });
    return fs.promises.readdir(d, { withFileTypes: true });
  };
  const inputs = await collectFiles(['lo'], dir, undefined, readdir);
  const checks = await checkFiles(inputs, { sets: bundledSets(), lang: 'vi' });
  expect(checks.map((c) => [c.file, c.result !== null])).toEqual([
    [path.join('lo', 'khoa'), false],
    [path.join('lo', 'so-tu-phap.xlsx'), true],
  ]);
  expect(checks[0].error).toContain(`Không đọc được thư mục "${path.join('lo', 'khoa')}" (EACCES)`);
  expect(checks[0].error).not.toContain('không có tệp .xlsx');
  expect(exitStatus(checks)).toBe(2);
});

it('a --summary name without .xlsx names --summary in its example, not --out', async () => {
  const r = await cli(['check', SAMPLE, '--summary', path.join(dir, 'kq.txt')]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('phải có đuôi .xlsx, ví dụ: --summary ket-qua.xlsx');
  expect(r.stderr).not.toContain('--out');
});
