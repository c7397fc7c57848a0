/** `clear` and `seal` ask for exactly one file and --out, with an example of their own copy name. */
import { cli } from './run-cli';

describe.each([
  ['clear', 'par-check clear bieu.xlsx --out bieu-sach.xlsx', 'par-check clear sheet.xlsx --out sheet-clean.xlsx'],
  ['seal', 'par-check seal bieu.xlsx --out bieu-da-chot.xlsx', 'par-check seal sheet.xlsx --out sheet-sealed.xlsx'],
])('%s without --out or with two files', (command, vi, en) => {
  it.each([[['a.xlsx']], [['a.xlsx', 'b.xlsx', '--out', 'c.xlsx']]])('%j: exit 2 and the example', async (rest) => {
    const r = await cli([command, ...rest]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Cần đúng một tệp và --out. Ví dụ: ${vi}`);
    expect(r.stderr).toContain(`Give exactly one file and --out. Example: ${en}`);
  });
});
