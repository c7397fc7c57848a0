/**
 * What the adapter remembers inside the workbook about its own writes: which cells hold its
 * flags (flag-memory.ts) and which sheets it wrote (sheet-writer.ts). Kept in Excel's own
 * workbook settings (context.workbook.settings, ExcelApi 1.4) and written IN THE SAME BATCH as
 * the change they describe: no settings.saveAsync round trip after every write (that cost as much
 * as the write itself), and the record can never say something the sheet does not show because
 * one of two round trips failed. Read along with the first batch the adapter runs anyway.
 *
 * The document settings (Office.context.document.settings) still hold what the user keeps on
 * purpose (the criteria set): saved once per user action. A flag record an older version left
 * there is not read: marks are recognised by their content (note block, rule formula), the record
 * only spares round trips. The list of written sheets an older version left there still counts.
 */
import { FLAG_MEMORY_KEY } from './flag-memory';
import type { KeyValues } from './settings';
import { WRITTEN_SHEETS_KEY } from './sheet-writer';

export const RECORD_KEYS: readonly string[] = [FLAG_MEMORY_KEY, WRITTEN_SHEETS_KEY];

/** Keys whose value an older version kept in the document settings, still read there when the workbook has none. */
const LEGACY_KEYS: readonly string[] = [WRITTEN_SHEETS_KEY];

/** A view for one write: reads see the records, writes are kept until `queue` puts them in the batch. */
export interface StagedRecords extends KeyValues {
  /** Queues the staged writes (no sync); call the result once the batch has synced. */
  queue(context: Excel.RequestContext): () => void;
}

export class WorkbookRecords {
  /** Values read from or written to the workbook; a key absent here has not been read yet. */
  private readonly values = new Map<string, string | null>();

  constructor(private readonly legacy: KeyValues | null = null) {}

  /** Every record has been read (a write can then tell what to remove). */
  get loaded(): boolean {
    return RECORD_KEYS.every((k) => this.values.has(k));
  }

  /** Queues reading the records not read yet (no sync); call the result after the sync. */
  queueLoad(context: Excel.RequestContext): () => void {
    const items = RECORD_KEYS.filter((k) => !this.values.has(k)).map((key) => {
      const item = context.workbook.settings.getItemOrNullObject(key);
      item.load('value');
      return { key, item };
    });
    return () => {
      for (const { key, item } of items) {
        if (this.values.has(key)) continue; // written meanwhile: that is newer
        this.values.set(key, item.isNullObject || item.value === null || item.value === undefined ? null : String(item.value));
      }
    };
  }

  get(key: string): string | null {
    const own = this.values.get(key) ?? null;
    if (own !== null || !LEGACY_KEYS.includes(key) || !this.legacy) return own;
    return this.legacy.get(key);
  }

  stage(): StagedRecords {
    const staged = new Map<string, string | null>();
    return {
      get: (key) => (staged.has(key) ? (staged.get(key) ?? null) : this.get(key)),
      set: (key, value) => void staged.set(key, value),
      remove: (key) => void staged.set(key, null),
      queue: (context) => {
        const settings = context.workbook.settings;
        const writes = [...staged];
        for (const [key, value] of writes) {
          if (value !== null) settings.add(key, value);
          // Only a record known to be there is deleted (getItem of a missing one fails the batch).
          else if (this.values.get(key) !== null && this.values.has(key)) settings.getItem(key).delete();
        }
        return () => {
          for (const [key, value] of writes) this.values.set(key, value);
        };
      },
    };
  }
}
