/**
 * Reading a File the user picked, in the pane and on the checking page alike (the page builds on
 * the pane's components): one home so every file input reads the same way. FileReader is the
 * fallback because older Office webviews (and jsdom) lack Blob.text() and Blob.arrayBuffer().
 */

/** A File's text, read as UTF-8 (criteria sets, .json). */
export function readFileText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsText(file, 'utf-8');
  });
}

/** A File's bytes (workbooks): Blob.arrayBuffer where the browser has it, FileReader otherwise. */
export function readFileBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsArrayBuffer(file);
  });
}
