/**
 * A report piped into another program is written as the reader takes it, not queued in memory
 * (src/cli/blocking-stdout.ts). A child Node with its stdout a pipe to this process tells, from
 * /proc/self/fdinfo/1, whether the descriptor is non-blocking before and after, and the most its
 * stream ever held queued while it wrote 4 MB in 8 kB pieces.
 */
import { spawn } from 'child_process';
import * as path from 'path';
import { blockingPipeWrites } from '../../src/cli/blocking-stdout';

const ROOT = path.join(__dirname, '..', '..');
const O_NONBLOCK = 0o4000;
const linux = process.platform === 'linux' ? it : it.skip;

function child(switchOn: boolean): Promise<{ before: number; after: number; switched: boolean; maxQueued: number; bytes: number }> {
  const script = `
    const fs = require('fs');
    const flags = () => parseInt(/^flags:\\s*([0-7]+)/m.exec(fs.readFileSync('/proc/self/fdinfo/1', 'utf8'))[1], 8);
    process.stdout; // made: Node sets its descriptor up
    const before = flags();
    const switched = ${switchOn} ? require('./src/cli/blocking-stdout').blockingPipeWrites(process.stdout) : false;
    const after = flags();
    const piece = 'x'.repeat(8192);
    let maxQueued = 0;
    for (let i = 0; i < 512; i++) { process.stdout.write(piece); maxQueued = Math.max(maxQueued, process.stdout.writableLength); }
    process.stderr.write(JSON.stringify({ before, after, switched, maxQueued }));
  `;
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-e', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let bytes = 0;
    let err = '';
    p.stdout.on('data', (d: Buffer) => (bytes += d.length));
    p.stderr.on('data', (d: Buffer) => (err += d.toString()));
    p.on('error', reject);
    p.on('close', (code) => {
      if (code !== 0) return reject(new Error(`child exited ${code}: ${err}`));
      resolve({ ...JSON.parse(err), bytes });
    });
  });
}

describe('standard output into a pipe', () => {
  linux('is made blocking, so nothing written waits queued in the process', async () => {
    const r = await child(true);
    // The fixture: Node leaves a stdout pipe non-blocking (what queued the report).
    expect(r.before & O_NONBLOCK).toBe(O_NONBLOCK);
    expect(r.switched).toBe(true);
    expect(r.after & O_NONBLOCK).toBe(0);
    expect(r.maxQueued).toBe(0);
    expect(r.bytes).toBe(512 * 8192);
  }, 60_000);

  linux('without it, Node queues what the reader has not taken (the reason for it)', async () => {
    const r = await child(false);
    expect(r.after & O_NONBLOCK).toBe(O_NONBLOCK);
    // 4 MB written in one synchronous loop cannot all fit in a 64 kB pipe buffer.
    expect(r.maxQueued).toBeGreaterThan(1024 * 1024);
    expect(r.bytes).toBe(512 * 8192);
  }, 60_000);

  it('leaves a file, a terminal and Windows alone', () => {
    const calls: boolean[] = [];
    const fake = (type: string) => ({ _type: type, _handle: { setBlocking: (b: boolean) => (calls.push(b), 0) } }) as unknown as NodeJS.WriteStream;
    expect(blockingPipeWrites(fake('fs'), 'linux')).toBe(false);
    expect(blockingPipeWrites(fake('tty'), 'linux')).toBe(false);
    expect(blockingPipeWrites(fake('pipe'), 'win32')).toBe(false);
    expect(calls).toEqual([]);
    expect(blockingPipeWrites(fake('pipe'), 'darwin')).toBe(true);
    expect(calls).toEqual([true]);
  });
});
