// Mid-tone hues that keep contrast on both the light (#fff) and dark (#141414) card backgrounds.
import { TREND_COLUMNS, type Column } from '../reports'

export type Theme = 'light' | 'dark'

export const SERIES_COLORS: readonly string[] = [
  '#3b82f6', // blue
  '#10b981', // emerald
  '#f59e0b', // amber
  '#8b5cf6', // violet
  '#ef4444', // red
  '#06b6d4', // cyan
  '#ec4899', // pink
  '#84cc16' // lime
]

export function seriesColor(index: number): string {
  return SERIES_COLORS[((index % SERIES_COLORS.length) + SERIES_COLORS.length) % SERIES_COLORS.length] ?? '#3b82f6'
}

/** A metric keeps its colour whatever else is plotted, so KPI cards and lines match. */
export function metricColor(metric: string, columns: readonly Column[] = TREND_COLUMNS): string {
  return seriesColor(Math.max(0, columns.findIndex((c) => c.key === metric)))
}

/** Translucent fill for points and hover. */
export function withAlpha(hex: string, alpha: number): string {
  const a = Math.round(Math.min(1, Math.max(0, alpha)) * 255)
  return `${hex}${a.toString(16).padStart(2, '0')}`
}

export interface ChartChrome {
  text: string
  muted: string
  grid: string
  tooltipBackground: string
  tooltipText: string
}

export function chartChrome(theme: Theme): ChartChrome {
  return theme === 'dark'
    ? { text: '#cfd3dc', muted: '#8d9095', grid: 'rgba(255,255,255,0.08)', tooltipBackground: '#2b2b2c', tooltipText: '#e5eaf3' }
    : { text: '#303133', muted: '#909399', grid: 'rgba(0,0,0,0.06)', tooltipBackground: '#303133', tooltipText: '#ffffff' }
}

/** A tooltip's colours in the theme, spread into Chart.js's tooltip options. */
export function tooltipColors(theme: Theme): { backgroundColor: string; titleColor: string; bodyColor: string } {
  const chrome = chartChrome(theme)
  return { backgroundColor: chrome.tooltipBackground, titleColor: chrome.tooltipText, bodyColor: chrome.tooltipText }
}
