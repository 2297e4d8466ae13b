// Cache settings (defaults now; user-editable settings arrive with the sync engine).
export interface CacheSettings {
  /** The last N days up to yesterday that Baidu may still revise. */
  unsettledDays: number
  /** How long a copy of an unsettled range counts as fresh, ms. */
  unsettledTtlMs: number
}

export const DEFAULT_CACHE_SETTINGS: CacheSettings = {
  unsettledDays: 2,
  unsettledTtlMs: 60 * 60 * 1000
}
