/**
 * Workbook settings (Office.context.document.settings): small strings saved inside the workbook,
 * e.g. a criteria set kept with it, and which cells hold the add-in's notes. Reading is local;
 * saving is one saveAsync round trip (not an Excel context.sync).
 */

export interface SettingsStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
  save(): Promise<void>;
}

/** The running document's settings. */
export function officeSettings(): SettingsStore {
  const settings = (): Office.Settings => Office.context.document.settings;
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
          if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
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
