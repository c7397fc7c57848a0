/**
 * The fake's settings are as strict as the rest of it: a document settings.saveAsync is a round
 * trip (counted in `syncs`, answered later, can be refused), and Excel's workbook.settings run
 * at sync, with values readable only after load + sync.
 */
import { FakeExcel } from './fake-excel';

describe('fake settings', () => {
  it('counts a document saveAsync as a round trip and answers after the call returns', async () => {
    const fake = new FakeExcel();
    fake.settings.set('k', 'v');
    expect(fake.syncs).toBe(0); // set is local
    let answered = false;
    const saved = fake.settings.save().then(() => (answered = true));
    expect([fake.syncs, fake.log, answered]).toEqual([1, ['saveAsync'], false]);
    await saved;
    expect(fake.document.saved.get('k')).toBe('v');
  });

  it('refuses a save when told to, and keeps the earlier saved copy', async () => {
    const fake = new FakeExcel();
    fake.settings.set('k', 'v1');
    await fake.settings.save();
    fake.settings.set('k', 'v2');
    fake.document.failNextSave = true;
    await expect(fake.settings.save()).rejects.toThrow('saveAsync refused');
    expect(fake.document.saved.get('k')).toBe('v1');
  });

  it('runs workbook.settings commands at sync and refuses reading a value before it', async () => {
    const fake = new FakeExcel();
    await fake.run(async (ctx) => {
      ctx.workbook.settings.add('a', '{"x":1}');
      expect(fake.workbookSettings.has('a')).toBe(false); // queued, not run
      const item = ctx.workbook.settings.getItemOrNullObject('a');
      item.load('value');
      expect(() => item.value).toThrow(/PropertyNotLoaded/);
      await ctx.sync();
      expect([item.isNullObject, item.value]).toEqual([false, '{"x":1}']);
      const missing = ctx.workbook.settings.getItemOrNullObject('b');
      missing.load('value');
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
    });
    expect(fake.workbookSettings.get('a')).toBe(JSON.stringify('{"x":1}'));
  });

  it('fails the sync when a missing setting is deleted (as getItem does in Excel)', async () => {
    const fake = new FakeExcel();
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.settings.getItem('nope').delete();
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
  });
});
