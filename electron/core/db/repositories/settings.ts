import type { Db } from '../connection';

export type SettingsRepository = ReturnType<typeof settingsRepository>;

/** Key/value settings stored as JSON text. */
export function settingsRepository(db: Db, onSet: (key: string, value: unknown) => void = () => {}) {
  const allStmt = db.prepare(`SELECT key, value FROM settings`);
  const setStmt = db.prepare(`INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`);
  return {
    all(): Record<string, unknown> {
      const out: Record<string, unknown> = {};
      for (const row of allStmt.all() as Array<{ key: string; value: string }>) {
        try {
          out[row.key] = JSON.parse(row.value);
        } catch {
          // A value this version cannot read is ignored rather than blocking the app.
        }
      }
      return out;
    },
    set(key: string, value: unknown): void {
      setStmt.run(key, JSON.stringify(value));
      onSet(key, value);
    },
  };
}
