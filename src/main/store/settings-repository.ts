// App settings, one JSON value per key; unknown or invalid stored values fall back to defaults.
import type { Database } from 'better-sqlite3'
import { appSettingsSchema, DEFAULT_APP_SETTINGS, type AppSettings } from '../../shared/sync'

export class SettingsRepository {
  constructor(private readonly db: Database) {}

  get(): AppSettings {
    const stored: Record<string, unknown> = {}
    for (const { key, value_json } of this.db.prepare<[], { key: string; value_json: string }>('SELECT key, value_json FROM settings').all()) {
      try {
        stored[key] = JSON.parse(value_json)
      } catch {
        // A value we cannot read is as good as absent.
      }
    }
    const merged = { ...DEFAULT_APP_SETTINGS }
    for (const key of Object.keys(DEFAULT_APP_SETTINGS) as (keyof AppSettings)[]) {
      const one = appSettingsSchema.shape[key].safeParse(stored[key])
      if (one.success) Object.assign(merged, { [key]: one.data })
    }
    return merged
  }

  /** Validates and stores a change; answers the whole new set. */
  set(change: Partial<AppSettings>): AppSettings {
    const next = appSettingsSchema.parse({ ...this.get(), ...change })
    const upsert = this.db.prepare('INSERT INTO settings (key, value_json) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json')
    this.db.transaction(() => {
      for (const key of Object.keys(change) as (keyof AppSettings)[]) upsert.run(key, JSON.stringify(next[key]))
    })()
    return next
  }
}
