/**
 * Tone of what units receive (issue 9): every Vietnamese text that ends up in front of a unit —
 * finding messages (cell notes of a flagged copy, its "Kết quả kiểm tra" sheet), explanation
 * requests — asks in the polite official form ("Đề nghị đơn vị …"), never with a bare command
 * such as "Sửa lại …" or "Ghi …" at the start of a sentence.
 *
 * Two independent nets: (1) every `vi:` text written in the source files that make such texts,
 * read with the TypeScript parser (placeholders stand for `${…}`); (2) the texts actually
 * produced for the samples and for generated sheets with every planted defect.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { buildRequestsWorkbook, REQUEST_COLUMNS, unitRequests } from '../../src/engine/appraisal/requests-workbook';
import { checkWorkbookGrids } from '../../src/engine/check';
import { bundledSets } from '../../src/engine/criteria/registry';
import { flagsFromFindings } from '../../src/engine/findings/flags';
import { readWorkbookGrids, loadWorkbook } from '../../src/file/read-grid';
import { generateFilledSheet, generatedGrid, type DefectKind } from '../helpers/generate-workbook';

const ROOT = path.join(__dirname, '..', '..');

/** Verbs that start a bare command in Vietnamese official writing. */
const IMPERATIVE = [
  'Sửa', 'Thêm', 'Ghi', 'Xóa', 'Xoá', 'Nhập', 'Chọn', 'Làm tròn', 'Kiểm tra lại', 'Kiểm tra', 'Di chuyển', 'Chuyển', 'Chèn', 'Dùng',
  'Sử dụng', 'Bổ sung', 'Gửi', 'Mở', 'Lưu', 'Điền', 'Hãy', 'Nhấn', 'Bấm', 'Tạo', 'Đặt', 'Cập nhật', 'Nạp', 'Vào', 'Gắn', 'Đính kèm',
  'Nên', 'Vui lòng', 'Cần',
];
const BARE = new RegExp(`^(${IMPERATIVE.join('|')})(\\s|$)`, 'u');

/** Sentences of a text: split after . ! ? and at line breaks. */
function sentences(text: string): string[] {
  return text
    .normalize('NFC')
    .split(/(?<=[.!?])\s+(?=\p{Lu})|\n/u)
    .map((s) => s.replace(/^[\s"“(✖⚠ℹ]+/u, '').trim())
    .filter((s) => s.split(/\s+/).length >= 4);
}

function bareStarts(text: string): string[] {
  return sentences(text).filter((s) => BARE.test(s));
}

/** Every `vi: …` string or template in a source file, `${…}` replaced by "X". */
function viTexts(file: string): string[] {
  const src = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const textOf = (node: ts.Node): string | null => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
    if (ts.isTemplateExpression(node)) return node.head.text + node.templateSpans.map((s) => 'X' + s.literal.text).join('');
    return null;
  };
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAssignment(node) && node.name.getText(src) === 'vi') {
      const t = textOf(node.initializer);
      if (t !== null) out.push(t);
    }
    ts.forEachChild(node, visit);
  };
  visit(src);
  return out;
}

const SOURCES = [
  ...fs.readdirSync(path.join(ROOT, 'src/engine/findings')).map((f) => `src/engine/findings/${f}`),
  ...fs.readdirSync(path.join(ROOT, 'src/engine/appraisal')).map((f) => `src/engine/appraisal/${f}`),
  'src/engine/layout/read-sheet.ts',
  'src/engine/set-match.ts',
  'src/engine/check.ts',
].filter((f) => f.endsWith('.ts'));

describe('tone of unit-facing Vietnamese texts', () => {
  it('recognises a bare command and lets the polite form through (the net itself)', () => {
    expect(bareStarts('Điểm vượt tối đa. Sửa lại điểm không quá 1.')).toEqual(['Sửa lại điểm không quá 1.']);
    expect(bareStarts('Thiếu cột. Thêm cột STT ghi mã.')).toHaveLength(1);
    expect(bareStarts('Điểm vượt tối đa. Đề nghị đơn vị sửa lại điểm không quá 1.')).toEqual([]);
    expect(bareStarts('Tài liệu kiểm chứng của tiêu chí X không ghi ngày văn bản.')).toEqual([]);
  });

  it.each(SOURCES)('%s: no vi text starts a sentence with a bare command', (file) => {
    const offending = viTexts(path.join(ROOT, file)).flatMap(bareStarts);
    expect(offending).toEqual([]);
  });

  it('the texts made for real sheets (samples and every planted defect) and their requests are polite', async () => {
    const sets = bundledSets();
    const texts: string[] = [];
    for (const name of ['so-y-te-2024.xlsx', 'so-xay-dung-2024.xlsx', 'so-tu-phap-2024.xlsx']) {
      const wb = await loadWorkbook(fs.readFileSync(path.join(ROOT, 'test/fixtures/samples', name)));
      const result = checkWorkbookGrids(readWorkbookGrids(wb), { sets });
      texts.push(...result.findings.map((f) => f.message.vi));
      texts.push(...flagsFromFindings(result.findings, 'vi').map((f) => f.text.replace(/^[✖⚠ℹ] (Lỗi|Cảnh báo|Lưu ý): /gmu, '')));
      for (const spec of buildRequestsWorkbook(unitRequests(result, name))) {
        // The "Nội dung đề nghị" column holds noun labels under that header ("Bổ sung tài liệu
        // kiểm chứng" = the request: added evidence), not sentences.
        for (const c of spec.cells) if (c.value && 'text' in c.value && c.col !== REQUEST_COLUMNS.asked) texts.push(c.value.text);
      }
    }
    const kinds: DefectKind[] = ['aboveMax', 'missingEvidence', 'notNumber', 'negative', 'missingItem', 'selfOnSurvey'];
    const sheet = generateFilledSheet(sets[0], { unit: 'Sở Thử', seed: 7, defects: kinds.map((kind) => ({ kind })) });
    const generated = checkWorkbookGrids([generatedGrid(sheet)], { sets });
    expect(new Set(generated.findings.map((f) => f.code)).size).toBeGreaterThanOrEqual(kinds.length);
    texts.push(...generated.findings.map((f) => f.message.vi));
    expect(texts.length).toBeGreaterThan(30);
    expect(texts.flatMap(bareStarts)).toEqual([]);
    // The requests themselves ask in the polite form.
    expect(texts.some((t) => t.includes('đề nghị đơn vị giải trình'))).toBe(true);
  });
});
