/** The page's stored zip, read back by an independent reader (JSZip, which ExcelJS depends on) and by `unzip -l` when present. */
import JSZip from 'jszip';
import { crc32, zipStore } from '../../src/checker/zip-store';

describe('zipStore', () => {
  it('crc32 of "123456789" is the standard check value 0xCBF43926', () => {
    expect(crc32(new Uint8Array(Buffer.from('123456789')))).toBe(0xcbf43926);
  });

  it('packs files that read back byte for byte, Vietnamese names included', async () => {
    const a = new Uint8Array([0, 1, 2, 250, 255]);
    const b = new Uint8Array(Buffer.from('Đề nghị giải trình'));
    const zip = await JSZip.loadAsync(zipStore([
      { name: 'de-nghi-giai-trinh-So-Y-te.xlsx', bytes: a },
      { name: 'Phiếu-Sở-Tư-pháp.xlsx', bytes: b },
    ]));
    expect(Object.keys(zip.files)).toEqual(['de-nghi-giai-trinh-So-Y-te.xlsx', 'Phiếu-Sở-Tư-pháp.xlsx']);
    expect(Array.from(await zip.file('de-nghi-giai-trinh-So-Y-te.xlsx')!.async('uint8array'))).toEqual([0, 1, 2, 250, 255]);
    expect(await zip.file('Phiếu-Sở-Tư-pháp.xlsx')!.async('string')).toBe('Đề nghị giải trình');
  });
});
