// One view per report tab. Reports of the catalogue without a view yet get no tab.
import type { Component } from 'vue'
import { REPORT_IDS, type ReportId } from '../../../shared/reports'
import TrendView from './TrendView.vue'

export const REPORT_VIEWS: Partial<Record<ReportId, Component>> = {
  trend: TrendView
}

/** The tabs to show, in catalogue order. */
export const VIEWED_REPORTS: readonly ReportId[] = REPORT_IDS.filter((id) => REPORT_VIEWS[id] !== undefined)
