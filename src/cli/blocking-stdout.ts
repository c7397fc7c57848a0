/**
 * Standard output written synchronously when it is a pipe (`par-check check DIR --json | jq …`).
 *
 * Node writes a pipe on Linux and macOS without blocking: whatever the reading program has not
 * taken yet is queued in this process. The JSON report of a 10,000-file batch is ≈ 34 MB written
 * in one synchronous loop, so a pipe held it all in memory (peak RSS 139 MB to a file, 267 MB into
 * `| cat`). With the pipe's descriptor blocking, each write waits for the reader instead, as a
 * file or terminal write does. Windows pipes are blocking in Node already.
 */

/** What this needs of process.stdout: its kind and libuv handle (not public API, checked before use). */
interface StdioLike {
  _type?: string;
  _handle?: { setBlocking?: (blocking: boolean) => number } | null;
}

/** Make writes to `stream` block when it is a pipe; true when it was switched. */
export function blockingPipeWrites(stream: NodeJS.WriteStream, platform: NodeJS.Platform = process.platform): boolean {
  const s = stream as unknown as StdioLike;
  if (platform === 'win32' || s._type !== 'pipe') return false;
  const setBlocking = s._handle?.setBlocking;
  if (typeof setBlocking !== 'function') return false;
  return setBlocking.call(s._handle, true) === 0;
}
