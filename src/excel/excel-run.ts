/**
 * How the adapter enters Excel. Every batch goes through an ExcelRunner, so tests can hand in a
 * fake Excel (test/excel/fake-excel.ts) and production hands in Excel.run.
 */
import { cellEditingError, isCellEditModeError } from './excel-errors';

export type ExcelBatch<T> = (context: Excel.RequestContext) => Promise<T>;

/** Excel.run, or a fake. `reuse` continues an earlier context (needed to remove event handlers). */
export type ExcelRunner = <T>(batch: ExcelBatch<T>, reuse?: OfficeExtension.ClientRequestContext) => Promise<T>;

export const officeRunner: ExcelRunner = <T>(batch: ExcelBatch<T>, reuse?: OfficeExtension.ClientRequestContext) =>
  reuse ? Excel.run(reuse, (ctx) => batch(ctx as Excel.RequestContext)) : Excel.run(batch);

export interface RetryOptions {
  /** How many times to try again while the user is typing in a cell. */
  retries?: number;
  delayMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs a batch; when Excel answers "InvalidOperationInCellEditMode" (the user is typing in a
 * cell) it waits and tries again, and after the last try throws a bilingual error telling the
 * user to press Enter or Esc. Batches must therefore be safe to repeat from the start.
 */
export async function runWithRetry<T>(run: ExcelRunner, batch: ExcelBatch<T>, options: RetryOptions = {}): Promise<T> {
  const retries = options.retries ?? 10;
  const delayMs = options.delayMs ?? 500;
  const sleep = options.sleep ?? defaultSleep;
  for (let attempt = 0; ; attempt++) {
    try {
      return await run(batch);
    } catch (e) {
      if (!isCellEditModeError(e)) throw e;
      if (attempt >= retries) throw cellEditingError(e);
      await sleep(delayMs);
    }
  }
}
