// Loads the queries a tab shows while it is shown. Tabs are kept alive: a hidden one neither loads
// in the background nor counts as shown, so a sync reloads only what is on screen.
import { onActivated, onBeforeUnmount, onDeactivated, watch } from 'vue'
import { reportQueryKey, type ReportQuery } from '../../shared/dto'
import { useReportsStore } from './stores/reports'

export function useReportQueries(queries: () => readonly (ReportQuery | null)[]): void {
  const reports = useReportsStore()
  let active = true
  let releases: (() => void)[] = []

  function release(): void {
    for (const r of releases) r()
    releases = []
  }

  function apply(): void {
    release()
    if (!active) return
    for (const q of queries()) {
      if (!q) continue
      releases.push(reports.show(q))
      void reports.ensure(q)
    }
  }

  // Account, range and variant all feed the keys: any change loads the new queries.
  watch(() => queries().map((q) => (q ? reportQueryKey(q) : '')).join('\n'), apply, { immediate: true })
  onActivated(() => {
    active = true
    apply()
  })
  onDeactivated(() => {
    active = false
    release()
  })
  onBeforeUnmount(release)
}
