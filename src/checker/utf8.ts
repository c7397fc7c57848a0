/** Text to bytes for downloads (criteria sets as .json, names inside a .zip). */

/** UTF-8 bytes of a text (TextEncoder where the browser has it; older webviews and jsdom may not). */
export function utf8Bytes(text: string): Uint8Array {
  if (typeof TextEncoder !== 'undefined') return new TextEncoder().encode(text);
  const escaped = encodeURIComponent(text);
  const out: number[] = [];
  for (let i = 0; i < escaped.length; i++) {
    if (escaped[i] === '%') {
      out.push(parseInt(escaped.slice(i + 1, i + 3), 16));
      i += 2;
    } else out.push(escaped.charCodeAt(i));
  }
  return new Uint8Array(out);
}

/** Bytes to text (UTF-8); invalid sequences become U+FFFD, as TextDecoder does. */
export function utf8Text(bytes: Uint8Array): string {
  if (typeof TextDecoder !== 'undefined') return new TextDecoder('utf-8').decode(bytes);
  let escaped = '';
  for (let i = 0; i < bytes.length; i++) escaped += '%' + bytes[i].toString(16).padStart(2, '0');
  try {
    return decodeURIComponent(escaped);
  } catch {
    return '\uFFFD';
  }
}
