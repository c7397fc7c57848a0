/**
 * Document settings (Office.context.document.settings): small strings saved inside the workbook,
 * e.g. the criteria set kept with it. Reading is local; saving is one saveAsync round trip to the
 * host (not an Excel context.sync, but just as slow), so the adapter saves them once per user
 * action, and what it writes along with its own changes (the flag record, the sheets it wrote)
 * goes into the workbook's Excel settings inside that change's batch instead (workbook-records.ts).
 */

/** Reading and writing small strings by key (no saving). */
export interface KeyValues {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
}

export interface SettingsStore extends KeyValues {
  save(): Promise<void>;
}

/** Office.AsyncResultStatus.Succeeded's value, compared as text so a fake document needs no Office global. */
const SUCCEEDED = 'succeeded';

/** The running document's settings (or, in tests, a fake document's). */
export function officeSettings(settings: () => Office.Settings = () => Office.context.document.settings): SettingsStore {
  return {
    get(key) {
      const v: unknown = settings().get(key);
      return v === null || v === undefined ? null : String(v);
    },
    set(key, value) {
      settings().set(key, value);
    },
    remove(key) {
      settings().remove(key);
    },
    save() {
      return new Promise<void>((resolve, reject) => {
        settings().saveAsync((result) => {
          if (String(result.status) === SUCCEEDED) resolve();
          else reject(result.error);
        });
      });
    },
  };
}

/** In-memory settings: tests, and a fallback outside Office. */
export function memorySettings(initial: Record<string, string> = {}): SettingsStore & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    get: (key) => data.get(key) ?? null,
    set: (key, value) => void data.set(key, value),
    remove: (key) => void data.delete(key),
    save: () => Promise.resolve(),
  };
}
