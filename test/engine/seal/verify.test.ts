/**
 * Seal and verify on parsed sheets (test/engine/helpers/build-parsed.ts: A code, C max, F self,
 * G evidence, H explanation, I appraised, J appraiser's note; first item on row 11).
 */
import type { CriteriaSet } from '../../../src/engine/criteria/schema';
import type { ParsedSheet } from '../../../src/engine/layout/parsed-sheet';
import { canonicalText, sealContent, sealDigest, type SealSource } from '../../../src/engine/seal/seal-content';
import { sealCode } from '../../../src/engine/seal/seal-code';
import { makeSeal, readSealRows, sealRows, type SealRecord } from '../../../src/engine/seal/seal-record';
import { sha256Hex } from '../../../src/engine/seal/sha256';
import { sealAddresses, verifySeal } from '../../../src/engine/seal/verify';
import { buildParsed, type RowInput, type RowSpec } from '../helpers/build-parsed';
import { buildSet, item } from '../helpers/build-set';

const SET: CriteriaSet = buildSet([item('1', 3, [item('1.1', 1), item('1.2', 2)])], { id: 'thu', version: '2024.1' });

function rows(over: Record<string, RowInput> = {}): RowSpec[] {
  return [
    ['1', { max: 3, ...over['1'] }],
    ['1.1', { max: 1, self: 1, evidence: 'Kế hoạch số 12/KH-UBND', appraised: 1, ...over['1.1'] }],
    ['1.2', { max: 2, self: 2, evidence: 'Báo cáo số 5/BC-UBND', explanation: 'Đã gửi đúng hạn', appraised: 1.5, appraiserNote: 'Thiếu phụ lục', ...over['1.2'] }],
    { total: { max: 3 } },
  ];
}

const source = (parsed: ParsedSheet, set: CriteriaSet | null = SET): SealSource[] => [{ sheetName: parsed.sheetName, set, parsed }];
const NOW = new Date('2025-01-10T08:30:00Z');
const sealOf = (parsed: ParsedSheet) => makeSeal(sealContent(source(parsed)), NOW);

function verify(record: SealRecord, parsed: ParsedSheet, code?: string) {
  return verifySeal(record, sealContent(source(parsed)), sealAddresses(source(parsed)), code);
}

describe('seal content', () => {
  it('is the set, and per item row its code, scores and texts, in a fixed order', () => {
    const content = sealContent(source(buildParsed(rows())));
    // Columns of the fixture sheet: max, declared, self, appraised; evidence, explanation, appraiserNote.
    expect(content.sheets[0].set).toEqual({ id: 'thu', version: '2024.1' });
    expect(content.sheets[0].rows[2]).toEqual([
      '1.2', ['max', '2'], ['declared', ''], ['self', '2'], ['appraised', '1.5'],
      ['evidence', 'Báo cáo số 5/BC-UBND'], ['explanation', 'Đã gửi đúng hạn'], ['appraiserNote', 'Thiếu phụ lục'],
    ]);
    expect(content.sheets[0].rows.map((r) => r[0])).toEqual(['1', '1.1', '1.2']);
    expect(sealDigest(content)).toBe(sha256Hex(canonicalText(content)));
  });

  it('ignores what is not declared: titles, row positions, the total row', () => {
    const a = sealContent(source(buildParsed(rows())));
    const b = sealContent(source(buildParsed(rows({ '1.1': { title: 'Tên khác hẳn' } }), { firstRow: 14 })));
    expect(canonicalText(b)).toBe(canonicalText(a));
  });
});

describe('verifySeal', () => {
  const sealed = buildParsed(rows());
  const record = sealOf(sealed);

  it('finds an untouched sheet unchanged, and its code as quoted', () => {
    const r = verify(record, buildParsed(rows()), record.code);
    expect(r.status).toBe('unchanged');
    expect(r.changes).toEqual([]);
    expect(r.currentCode).toBe(record.code);
    expect(record.code).toBe(sealCode(record.digest));
  });

  it.each([
    ['a score', { '1.1': { appraised: 0.5 } }, { item: '1.1', column: 'appraised', sealed: '1', current: '0.5', address: 'I12' }],
    ['a self score', { '1.2': { self: 1 } }, { item: '1.2', column: 'self', sealed: '2', current: '1', address: 'F13' }],
    ['a max', { '1.2': { max: 3 } }, { item: '1.2', column: 'max', sealed: '2', current: '3', address: 'C13' }],
    ['evidence', { '1.1': { evidence: 'Kế hoạch số 13/KH-UBND' } }, { item: '1.1', column: 'evidence', sealed: 'Kế hoạch số 12/KH-UBND', current: 'Kế hoạch số 13/KH-UBND', address: 'G12' }],
    ['a note', { '1.2': { appraiserNote: '' } }, { item: '1.2', column: 'appraiserNote', sealed: 'Thiếu phụ lục', current: '', address: 'J13' }],
    ['an explanation', { '1.2': { explanation: 'Đã gửi' } }, { item: '1.2', column: 'explanation', sealed: 'Đã gửi đúng hạn', current: 'Đã gửi', address: 'H13' }],
    ['an evidence link', { '1.1': { evidenceLink: 'https://a.vn/x.pdf' } }, { item: '1.1', column: 'evidence', sealed: 'Kế hoạch số 12/KH-UBND', current: 'Kế hoạch số 12/KH-UBND <https://a.vn/x.pdf>', address: 'G12' }],
  ])('detects a change of %s and names the cell', (_what, over, change) => {
    const r = verify(record, buildParsed(rows(over as Record<string, RowInput>)));
    expect(r.status).toBe('changed');
    expect(r.changes).toEqual([{ sheet: 'Tự đánh giá', ...change }]);
    expect(r.currentCode).not.toBe(record.code);
  });

  it('detects an edited code: the row named by its new code, the old one shown', () => {
    const specs = rows();
    specs[2] = ['1.3', (specs[2] as [string, RowInput])[1]];
    const r = verify(record, buildParsed(specs));
    expect(r.status).toBe('changed');
    expect(r.changes).toEqual([{ sheet: 'Tự đánh giá', item: '1.3', column: 'code', sealed: '1.2', current: '1.3', address: 'A13' }]);
  });

  it('detects a row deleted and a row added', () => {
    const gone = rows().filter((s) => !(Array.isArray(s) && s[0] === '1.1'));
    expect(verify(record, buildParsed(gone)).changes.map((c) => [c.item, c.column, c.sealed, c.current])).toEqual([
      ['1.1', 'code', '1.1', ''], ['1.1', 'max', '1', ''], ['1.1', 'self', '1', ''], ['1.1', 'appraised', '1', ''], ['1.1', 'evidence', 'Kế hoạch số 12/KH-UBND', ''],
    ]);
  });

  it('detects another criteria set', () => {
    const other = buildSet(SET.items, { id: 'thu', version: '2024.2' });
    const r = verifySeal(record, sealContent(source(sealed, other)), sealAddresses(source(sealed, other)));
    expect(r.changes).toEqual([{ sheet: 'Tự đánh giá', item: null, column: 'set', sealed: 'thu (2024.1)', current: 'thu (2024.2)', address: null }]);
  });

  it('finds a seal whose stored digest was edited broken, and still names the changed cells', () => {
    const changed = buildParsed(rows({ '1.1': { appraised: 0.5 } }));
    // The forger changes a score and writes the new content's digest into the seal, leaving the copy.
    const forged: SealRecord = { ...record, digest: sealDigest(sealContent(source(changed))) };
    const r = verify(forged, changed);
    expect(r.status).toBe('broken');
    expect(r.brokenBecause?.en).toMatch(/digest stored in the file does not match/);
    expect(r.changes.map((c) => [c.item, c.column, c.sealed, c.current])).toEqual([['1.1', 'appraised', '1', '0.5']]);
  });

  it('finds a seal whose stored code was edited broken', () => {
    const r = verify({ ...record, code: '0000-0000-0000' }, sealed);
    expect(r.status).toBe('broken');
    expect(r.brokenBecause?.en).toMatch(/code stored in the file does not match the digest/);
  });

  it('catches a full re-seal through the code quoted in the cover letter', () => {
    const changed = buildParsed(rows({ '1.1': { appraised: 0.5 } }));
    const resealed = sealOf(changed);
    // Without the code the re-sealed file looks fine; with the original code it does not.
    expect(verify(resealed, changed).status).toBe('unchanged');
    const r = verify(resealed, changed, record.code);
    expect(r.status).toBe('codeMismatch');
    expect(r.currentCode).toBe(resealed.code);
  });
});

describe('seal rows', () => {
  it('round-trip the record, the copy split into cells below Excel\'s limit', () => {
    const long = 'Tài liệu '.repeat(4000); // 36 000 characters: two content cells at least
    const record = sealOf(buildParsed(rows({ '1.1': { evidence: long } })));
    const out = sealRows(record);
    expect(out.filter((r) => r[0] === 'content').length).toBeGreaterThanOrEqual(2);
    expect(Math.max(...out.map((r) => (r[1] ?? '').length))).toBeLessThanOrEqual(32767);
    const back = readSealRows(out);
    expect(back).toEqual({ ok: true, record });
  });

  it('refuses a damaged copy with a sentence', () => {
    const out = sealRows(sealOf(sealed()));
    const cut = out.filter((r) => r[0] !== 'content').concat([['content', '{"format":"par-seal/1","sheets":[{']]);
    const back = readSealRows(cut);
    expect(back.ok).toBe(false);
    if (!back.ok) expect(back.problem.vi).toMatch(/^Dấu chốt trong tệp bị hỏng hoặc đã bị sửa/);
  });
});

function sealed(): ParsedSheet {
  return buildParsed(rows());
}
