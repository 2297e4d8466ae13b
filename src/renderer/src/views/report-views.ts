// One view per report tab; a report added to the catalogue without a view fails to compile.
import type { Component } from 'vue'
import type { ReportId } from '../../../shared/reports'
import TrendView from './TrendView.vue'

export const REPORT_VIEWS: Record<ReportId, Component> = {
  trend: TrendView
}
