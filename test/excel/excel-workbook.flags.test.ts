import { ExcelWorkbook } from '../../src/excel/excel-workbook';
import { FLAG_MEMORY_KEY } from '../../src/excel/flag-memory';
import { isFlagFormula, isOurNote } from '../../src/excel/flag-style';
import type { Flag } from '../../src/workbook/port';
import { ALL_SUPPORTED, FakeExcel, ONLY_17 } from './fake-excel';
import { flagsFor, LEFT, scoresheetValues, SHEET, TOP } from './generated-sheet';

function setup(supports = ALL_SUPPORTED) {
  const fake = new FakeExcel();
  fake.supports = { ...supports };
  const sheet = fake.addSheet(SHEET, scoresheetValues(40), TOP, LEFT);
  // The user's own marks, which must survive everything the add-in does.
  sheet.rules.push({ id: 'user1', type: 'Custom', formula: '=$E4>1', address: 'E4:E43', format: { 'fill.color': '#00FF00' } });
  sheet.rules.push({ id: 'user2', type: 'DataBar', formula: null, address: 'D4:D43', format: {} });
  sheet.notes.set('E14', 'Ghi chú của chuyên viên: đã hỏi lại Sở');
  sheet.notes.set('B2', 'Ghi chú khác');
  const wb = new ExcelWorkbook({ run: fake.run, supports: fake.supports, settings: fake.settings });
  return { fake, sheet, wb };
}

const ours = (fake: FakeExcel) => fake.sheet(SHEET).rules.filter((r) => isFlagFormula(r.formula));

describe('ExcelWorkbook flags', () => {
  const flags: Flag[] = [
    { cell: 'E5', severity: 'error', text: 'Điểm 2 vượt điểm tối đa 1' },
    { cell: 'E6', severity: 'error', text: 'Điểm trống' },
    { cell: 'E14', severity: 'warning', text: 'Điểm lẻ' }, // the user has a note here
    { cell: 'F9', severity: 'info', text: 'Thiếu tài liệu kiểm chứng' },
  ];

  it('flags then unflags and leaves the workbook exactly as it was (user rules and notes kept)', async () => {
    const { fake, wb } = setup();
    const before = JSON.stringify(fake.snapshot());
    await wb.readGrid(SHEET);
    await wb.applyFlags(SHEET, flags);
    expect(JSON.stringify(fake.snapshot())).not.toBe(before);
    const cleared = await wb.readGrid(SHEET).then(() => wb.clearFlags(SHEET));
    expect(cleared).toBe(4);
    expect(JSON.stringify(fake.snapshot())).toBe(before);
  });

  it('marks with rules named par-check (fill plus a non-colour sign) and our note block, after the user\'s note where there is one', async () => {
    const { fake, sheet, wb } = setup();
    await wb.readGrid(SHEET);
    await wb.applyFlags(SHEET, flags);
    const rules = ours(fake);
    expect(rules.map((r) => r.address).sort()).toEqual(['E14', 'E5:E6', 'F9']);
    const error = rules.find((r) => r.address === 'E5:E6');
    expect(error?.formula).toBe('="par-check"="par-check"');
    expect(error?.format).toMatchObject({ 'fill.color': '#FFC7CE', 'font.bold': true, 'borders.EdgeTop.style': 'Continuous' });
    expect(rules.find((r) => r.address === 'E14')?.format).toMatchObject({ 'font.italic': true, 'borders.EdgeLeft.style': 'Dash' });
    expect(sheet.notes.get('E14')).toBe('Ghi chú của chuyên viên: đã hỏi lại Sở\n--- par-check · Kiểm tra CCHC / PAR check ---\nĐiểm lẻ\n--- hết / end ---');
    expect(sheet.notes.get('E5')).toBe('--- par-check · Kiểm tra CCHC / PAR check ---\nĐiểm 2 vượt điểm tối đa 1\n--- hết / end ---');
    expect(isOurNote(sheet.notes.get('E5'))).toBe(true);
    expect(sheet.notes.get('E5')).toContain('Điểm 2 vượt điểm tối đa 1');
    // The record is in the workbook's own settings (written with the marks), kept as a JSON string.
    const record = JSON.parse(JSON.parse(fake.workbookSettings.get(FLAG_MEMORY_KEY) ?? '"{}"') as string);
    expect(record[SHEET].notes.sort()).toEqual(['E14', 'E5', 'E6', 'F9']);
    expect(fake.settings.get(FLAG_MEMORY_KEY)).toBeNull(); // nothing for a saveAsync to carry
    expect(sheet.rules.filter((r) => r.id.startsWith('user'))).toHaveLength(2);
  });

  it('replaces its earlier flags instead of piling them up', async () => {
    const { fake, sheet, wb } = setup();
    await wb.readGrid(SHEET);
    await wb.applyFlags(SHEET, flags);
    await wb.readGrid(SHEET);
    await wb.applyFlags(SHEET, [{ cell: 'E7', severity: 'warning', text: 'Mới' }]);
    expect(ours(fake).map((r) => r.address)).toEqual(['E7']);
    expect([...sheet.notes.keys()].sort()).toEqual(['B2', 'E14', 'E7']);
    expect(sheet.notes.get('E14')).toBe('Ghi chú của chuyên viên: đã hỏi lại Sở'); // our block out of the user's note
  });

  it('refuses a protected sheet with a bilingual how-to and changes nothing', async () => {
    const { fake, sheet, wb } = setup();
    sheet.protected = true;
    const before = JSON.stringify(fake.snapshot());
    await wb.readGrid(SHEET);
    const err = await wb.applyFlags(SHEET, flags).catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'protected' });
    const { bilingual } = err as { bilingual: { vi: string; en: string } };
    expect(bilingual.vi).toContain('Bỏ bảo vệ trang tính');
    expect(bilingual.en).toContain('Unprotect Sheet');
    expect(JSON.stringify(fake.snapshot())).toBe(before);
  });

  it('turns Excel refusing a write (sheet protected after the read) into the same clear error', async () => {
    const { sheet, wb } = setup();
    await wb.readGrid(SHEET);
    sheet.protected = true;
    await expect(wb.applyFlags(SHEET, flags)).rejects.toMatchObject({ kind: 'protected' });
  });

  it('works without a fresh readGrid (one extra read)', async () => {
    const { fake, wb } = setup();
    await wb.applyFlags(SHEET, flags);
    expect(ours(fake)).toHaveLength(3);
    expect(fake.syncs).toBe(2);
  });

  it('recovers when the sheet changed between the read and the write', async () => {
    const { fake, sheet, wb } = setup();
    await wb.readGrid(SHEET);
    await wb.applyFlags(SHEET, flags);
    await wb.readGrid(SHEET);
    // Meanwhile the user deletes one of the add-in's rules and writes a note on a flagged cell.
    sheet.rules = sheet.rules.filter((r) => r.address !== 'F9');
    sheet.notes.delete('E6');
    sheet.notes.set('E6', 'Ghi chú mới của người dùng');
    await wb.applyFlags(SHEET, flags);
    expect(ours(fake).map((r) => r.address).sort()).toEqual(['E14', 'E5:E6', 'F9']);
    // the user's new note kept as written, our block after it
    expect(sheet.notes.get('E6')).toBe('Ghi chú mới của người dùng\n--- par-check · Kiểm tra CCHC / PAR check ---\nĐiểm trống\n--- hết / end ---');
  });

  it('keeps the sync count flat with user notes on the sheet (one probe, not one per cell)', async () => {
    const { fake, wb } = setup();
    await wb.readGrid(SHEET);
    fake.resetCounters();
    await wb.applyFlags(SHEET, flagsFor(40, 1));
    expect(fake.syncs).toBe(2); // probe of the flagged cells for user notes + the write
  });

  it('on Excel with only ExcelApi 1.7: one rule per area, no notes, still reversible', async () => {
    const { fake, sheet, wb } = setup(ONLY_17);
    const before = JSON.stringify(fake.snapshot());
    await wb.readGrid(SHEET);
    await wb.applyFlags(SHEET, flags);
    expect(ours(fake).map((r) => r.address).sort()).toEqual(['E14', 'E5:E6', 'F9']);
    expect(sheet.notes.size).toBe(2);
    await wb.clearFlags(SHEET);
    expect(JSON.stringify(fake.snapshot())).toBe(before);
  });

  it('does not trust the state read with the grid once it is old (reads it again)', async () => {
    const { fake, sheet, wb } = setup();
    const now = jest.spyOn(Date, 'now').mockReturnValue(1_000_000);
    try {
      await wb.readGrid(SHEET);
      sheet.notes.set('E5', 'Người dùng ghi sau khi đọc'); // the cached state would not know
      now.mockReturnValue(1_000_000 + 31_000);
      fake.resetCounters();
      await wb.applyFlags(SHEET, flags);
      expect(fake.syncs).toBe(2); // fresh state (+ note probe) and the write
      expect(sheet.notes.get('E5')).toBe('Người dùng ghi sau khi đọc\n--- par-check · Kiểm tra CCHC / PAR check ---\nĐiểm 2 vượt điểm tối đa 1\n--- hết / end ---');
    } finally {
      now.mockRestore();
    }
  });

  it("clears marks it has no record of (put on by the file adapter / --annotate) in 3 syncs, the user's note kept", async () => {
    const { fake, sheet, wb } = setup();
    const before = JSON.stringify(fake.snapshot());
    // As the file adapter writes them: our rule, our block alone, our block after the user's note.
    const block = (t: string) => `--- par-check · Kiểm tra CCHC / PAR check ---\n${t}\n--- hết / end ---`;
    sheet.rules.push({ id: 'fromfile', type: 'Custom', formula: '="par-check"="par-check"', address: 'E5,E14', format: { 'fill.color': '#FFC7CE' } });
    sheet.notes.set('E5', block('Điểm 2 vượt điểm tối đa 1'));
    sheet.notes.set('E14', `Ghi chú của chuyên viên: đã hỏi lại Sở\n${block('Điểm lẻ')}`);
    fake.resetCounters();
    expect(await wb.clearFlags(SHEET)).toBe(2); // E5, E14
    expect(fake.syncs).toBe(3); // state + the notes' texts, the marked notes' cells, the write
    expect(JSON.stringify(fake.snapshot())).toBe(before);
  });

  it('clearFlags on a sheet without flags returns 0 and writes nothing', async () => {
    const { fake, wb } = setup();
    const before = JSON.stringify(fake.snapshot());
    expect(await wb.clearFlags(SHEET)).toBe(0);
    expect(fake.syncs).toBe(1);
    expect(JSON.stringify(fake.snapshot())).toBe(before);
  });
});
