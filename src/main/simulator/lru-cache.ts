// A small least-recently-used cache. A client pages through a range 20 rows at a time and every
// page needs the whole range's rows and sum, so endpoints keep recent full answers here instead of
// recomputing them per page.

export interface LruCache<V> {
  get(key: string, compute: () => V): V
}

export function createLruCache<V>(limit: number): LruCache<V> {
  const entries = new Map<string, V>()
  return {
    get(key, compute) {
      if (entries.has(key)) {
        const value = entries.get(key) as V
        // Re-insert so Map order stays least-recent first.
        entries.delete(key)
        entries.set(key, value)
        return value
      }
      const value = compute()
      entries.set(key, value)
      if (entries.size > limit) entries.delete(entries.keys().next().value as string)
      return value
    }
  }
}
