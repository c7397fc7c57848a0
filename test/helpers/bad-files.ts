/**
 * Files that are not checkable scoresheets, made in memory for the adapter and CLI tests:
 * the shapes users really send (a renamed PDF or text file, a truncated download, an old .xls,
 * a password-protected workbook, a Word document renamed .xlsx).
 */
import JSZip from 'jszip';

/**
 * A minimal Compound File Binary (OLE2) image: the header signature and one directory sector
 * naming `streams`. Enough for format detection: a real encrypted .xlsx holds "EncryptionInfo"
 * and "EncryptedPackage", a real .xls holds "Workbook".
 */
export function cfbBytes(streams: string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24); // minor version
  header.writeUInt16LE(0x0003, 26); // major version 3 (512-byte sectors)
  header.writeUInt16LE(0xfffe, 28); // little-endian byte order mark
  header.writeUInt16LE(9, 30); // sector shift
  const dir = Buffer.alloc(512);
  ['Root Entry', ...streams].slice(0, 4).forEach((name, i) => {
    const encoded = Buffer.from(name + '\0', 'utf16le');
    encoded.copy(dir, i * 128);
    dir.writeUInt16LE(encoded.length, i * 128 + 64);
    dir.writeUInt8(i === 0 ? 5 : 2, i * 128 + 66); // root storage / stream
  });
  return Buffer.concat([header, dir, Buffer.alloc(1024, 0x41)]);
}

export const encryptedXlsxBytes = () => cfbBytes(['EncryptionInfo', 'EncryptedPackage']);
export const oldXlsBytes = () => cfbBytes(['Workbook', '\u0005SummaryInformation']);
export const pdfBytes = () => Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n', 'latin1');
export const textBytes = () => Buffer.from('STT;Tiêu chí;Điểm\n1;Kế hoạch;1\n', 'utf8');

/** The first half of a real workbook: what an interrupted download leaves. */
export function truncatedBytes(xlsx: Buffer): Buffer {
  return xlsx.subarray(0, Math.floor(xlsx.length / 2));
}

/** A valid zip that is a Word document, not a workbook. */
export async function docxLikeBytes(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('word/document.xml', '<?xml version="1.0"?><w:document/>');
  return zip.generateAsync({ type: 'nodebuffer' });
}
