import fc from 'fast-check';
import {
  addBlock, addBlockToText, BLOCK_START, findBlock, hasBlock, hasBlockInText, makeBlock, removeBlock, removeBlockFromText, type NoteRun,
} from '../../../src/engine/flags/note-block';

const join = (runs: NoteRun[]) => runs.map((r) => r.text).join('');

describe('note block', () => {
  it('adds the block alone to an empty note and removes it to nothing', () => {
    const runs = addBlock([], 'Điểm vượt tối đa');
    expect(join(runs)).toBe('--- par-check · Kiểm tra CCHC / PAR check ---\nĐiểm vượt tối đa\n--- hết / end ---');
    expect(removeBlock(runs)).toEqual([]);
  });

  it('puts the block after the user note on its own line and restores the note exactly', () => {
    const user: NoteRun[] = [{ text: 'Người lập: chị Lan', font: { bold: true } }, { text: '\n' }];
    const added = addBlock(user, 'a\nb');
    expect(join(added)).toBe('Người lập: chị Lan\n\n--- par-check · Kiểm tra CCHC / PAR check ---\na\nb\n--- hết / end ---');
    expect(removeBlock(added)).toEqual(user);
  });

  it('still cuts the block when another program merged our run into the user run', () => {
    const merged: NoteRun[] = [{ text: 'ghi chú\n' + makeBlock('lỗi') + '' }];
    expect(removeBlock(merged)).toEqual([{ text: 'ghi chú' }]);
  });

  it('returns null for a note without our block', () => {
    expect(removeBlock([{ text: 'chỉ là ghi chú --- thường' }])).toBeNull();
    expect(hasBlock([{ text: 'x' }])).toBe(false);
  });

  it('treats an unterminated block (hand-edited) as running to the end', () => {
    const text = 'abc\n--- par-check · Kiểm tra CCHC / PAR check ---\nxyz';
    expect(findBlock(text)).toEqual({ start: 3, end: text.length });
  });

  it('plain-text notes (as Office.js has them) round-trip the same way', () => {
    const withBlock = addBlockToText('Ghi chú của chị Lan', 'lỗi');
    expect(withBlock).toBe('Ghi chú của chị Lan\n--- par-check · Kiểm tra CCHC / PAR check ---\nlỗi\n--- hết / end ---');
    expect(removeBlockFromText(withBlock)).toBe('Ghi chú của chị Lan');
    expect(removeBlockFromText(addBlockToText('', 'lỗi'))).toBe('');
    expect(removeBlockFromText('chỉ ghi chú')).toBeNull();
  });

  describe('markers of earlier versions (workbooks flagged before can still be cleared)', () => {
    it("the file adapter's block, closed by a line '---', after a user note", () => {
      const old = 'Người lập: chị Lan\n\n--- Kiểm tra CCHC ---\nĐiểm 1,25 vượt điểm tối đa 1.\n---';
      expect(removeBlockFromText(old)).toBe('Người lập: chị Lan\n');
      expect(removeBlockFromText('--- Kiểm tra CCHC ---\nx\n---\nsau')).toBe('\nsau');
    });

    it("the add-in's whole note, starting 'par-check ·'", () => {
      expect(removeBlockFromText('par-check · Kiểm tra CCHC / PAR check\n✖ Lỗi: Điểm trống')).toBe('');
      // only at the start of a note: a user's note that mentions par-check is not ours
      expect(hasBlockInText('Hỏi lại: par-check · là gì?')).toBe(false);
      expect(hasBlockInText('par-check là gì?')).toBe(false);
    });
  });

  it('keeps user text that follows a block', () => {
    const runs: NoteRun[] = [{ text: 'đầu\n' + makeBlock('x') + '\ncuối' }];
    expect(removeBlock(runs)).toEqual([{ text: 'đầu\ncuối' }]);
  });

  it('round-trips any user note (property)', () => {
    const run = fc.record({ text: fc.string({ maxLength: 20 }) });
    fc.assert(
      fc.property(fc.array(run, { maxLength: 4 }), fc.string({ maxLength: 30 }), (user, flag) => {
        fc.pre(!join(user).includes(BLOCK_START) && !flag.includes('\n---'));
        const cut = removeBlock(addBlock(user, flag));
        expect(cut).toEqual(user);
      }),
    );
  });
});
