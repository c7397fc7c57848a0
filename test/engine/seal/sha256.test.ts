/**
 * The engine's own SHA-256 against the published FIPS 180-4 / NIST test vectors, and against
 * Node's crypto (an independent implementation) on Vietnamese text and on every length around
 * the 64-byte block and its 56-byte padding boundary.
 */
import { createHash } from 'crypto';
import { sha256Hex, utf8Bytes } from '../../../src/engine/seal/sha256';

describe('sha256Hex', () => {
  it('gives the published digests', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
    expect(sha256Hex('a'.repeat(1_000_000))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });

  it('agrees with node:crypto on Vietnamese text and on every length from 0 to 150 bytes', () => {
    const node = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
    for (const s of ['Điểm tự đánh giá', 'Kế hoạch số 12/KH-UBND ngày 15/01/2024', '😀 emoji 𝔸', 'ĐỀ NGHỊ ĐƠN VỊ\nGIẢI TRÌNH\t']) {
      expect(sha256Hex(s)).toBe(node(s));
    }
    for (let n = 0; n <= 150; n++) expect(sha256Hex('x'.repeat(n))).toBe(node('x'.repeat(n)));
  });

  it('encodes UTF-8 as Node does, a lone surrogate as U+FFFD', () => {
    for (const s of ['ă', 'ệ', '€', '😀', 'a\ud800b']) expect(Buffer.from(utf8Bytes(s)).equals(Buffer.from(s, 'utf8'))).toBe(true);
  });
});
