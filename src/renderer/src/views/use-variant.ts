// One variant parameter of a report as a v-model: read from and written to the reports store, so
// the choice survives tab switches and feeds the query key.
import { computed, type WritableComputedRef } from 'vue'
import type { ReportId } from '../../../shared/reports'
import { useReportsStore } from '../stores/reports'

export function useVariantParam(report: ReportId, param: string): WritableComputedRef<string> {
  const reports = useReportsStore()
  return computed<string>({ get: () => reports.variantOf(report)[param]!, set: (v) => reports.setVariant(report, param, v) })
}
