import fc from 'fast-check';
import { addBlock, BLOCK_START, findBlock, hasBlock, makeBlock, removeBlock, type NoteRun } from '../../src/file/note-block';

const join = (runs: NoteRun[]) => runs.map((r) => r.text).join('');

describe('note block', () => {
  it('adds the block alone to an empty note and removes it to nothing', () => {
    const runs = addBlock([], 'Điểm vượt tối đa');
    expect(join(runs)).toBe(`${BLOCK_START}\nĐiểm vượt tối đa\n---`);
    expect(removeBlock(runs)).toEqual([]);
  });

  it('puts the block after the user note on its own line and restores the note exactly', () => {
    const user: NoteRun[] = [{ text: 'Người lập: chị Lan', font: { bold: true } }, { text: '\n' }];
    const added = addBlock(user, 'a\nb');
    expect(join(added)).toBe('Người lập: chị Lan\n\n--- Kiểm tra CCHC ---\na\nb\n---');
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
    const text = 'abc\n--- Kiểm tra CCHC ---\nxyz';
    expect(findBlock(text)).toEqual({ start: 3, end: text.length });
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
