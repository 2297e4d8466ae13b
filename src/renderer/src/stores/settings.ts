// User preferences kept in localStorage: language, theme, the tab last shown, and the metrics drawn
// on the trend and platform charts.
import { defineStore } from 'pinia'
import { ref, watch } from 'vue'
import { LOCALES, TP_COLUMNS, TREND_COLUMNS, type Column, type Locale, type TrendMetric } from '../../../shared/reports'
import type { Theme } from '../../../shared/charts/palette'
import { DEFAULT_LOCALE, i18n } from '../i18n'

export const SETTINGS_STORAGE = 'swanboard.settings'
export const DEFAULT_TREND_METRICS: readonly TrendMetric[] = ['user_count', 'new_user_count']
export const DEFAULT_TP_METRICS: readonly string[] = ['tp_day_user_count', 'tp_day_new_user_count']

interface Stored {
  locale?: unknown
  theme?: unknown
  trendMetrics?: unknown
  tpMetrics?: unknown
  tab?: unknown
}

function read(): Stored {
  try {
    const raw = localStorage.getItem(SETTINGS_STORAGE)
    const parsed: unknown = raw ? JSON.parse(raw) : {}
    return typeof parsed === 'object' && parsed !== null ? (parsed as Stored) : {}
  } catch {
    return {}
  }
}

function systemTheme(): Theme {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'
}

/** Known metrics only, in the catalogue's display order (so legend, cards and table agree). */
function normalizeMetrics<K extends string>(columns: readonly Column<K>[], value: readonly unknown[]): K[] {
  return columns.map((c) => c.key).filter((m) => value.includes(m))
}

function storedMetrics<K extends string>(columns: readonly Column<K>[], value: unknown): K[] | null {
  if (!Array.isArray(value)) return null
  const metrics = normalizeMetrics(columns, value)
  return metrics.length > 0 ? metrics : null
}

export const useSettingsStore = defineStore('settings', () => {
  const stored = read()
  const locale = ref<Locale>(LOCALES.find((l) => l === stored.locale) ?? DEFAULT_LOCALE)
  const theme = ref<Theme>(stored.theme === 'dark' || stored.theme === 'light' ? stored.theme : systemTheme())
  const trendMetrics = ref<TrendMetric[]>(storedMetrics(TREND_COLUMNS, stored.trendMetrics) ?? [...DEFAULT_TREND_METRICS])
  const tpMetrics = ref<string[]>(storedMetrics(TP_COLUMNS, stored.tpMetrics) ?? [...DEFAULT_TP_METRICS])
  /** The tab last shown (checked against the account's tabs where it is used). */
  const tab = ref<string | null>(typeof stored.tab === 'string' ? stored.tab : null)

  function persist(): void {
    const value = { locale: locale.value, theme: theme.value, trendMetrics: trendMetrics.value, tpMetrics: tpMetrics.value, tab: tab.value }
    try {
      localStorage.setItem(SETTINGS_STORAGE, JSON.stringify(value))
    } catch {
      // Private windows may refuse storage; the choice still holds for this session.
    }
  }

  watch([locale, theme, trendMetrics, tpMetrics, tab], persist, { deep: true })

  watch(
    locale,
    (l) => {
      i18n.global.locale.value = l
      document.documentElement.lang = l
    },
    { immediate: true }
  )
  watch(
    theme,
    (t) => {
      // Element Plus's dark variables hang off html.dark.
      document.documentElement.classList.toggle('dark', t === 'dark')
      document.documentElement.style.colorScheme = t
    },
    { immediate: true }
  )

  function setLocale(l: Locale): void {
    locale.value = l
  }
  function toggleLocale(): void {
    locale.value = locale.value === 'en' ? 'zh-CN' : 'en'
  }
  function toggleTheme(): void {
    theme.value = theme.value === 'dark' ? 'light' : 'dark'
  }
  function setTrendMetrics(metrics: readonly string[]): void {
    trendMetrics.value = normalizeMetrics(TREND_COLUMNS, metrics)
  }
  function toggleTrendMetric(metric: string): void {
    const on = (trendMetrics.value as string[]).includes(metric)
    setTrendMetrics(on ? trendMetrics.value.filter((m) => m !== metric) : [...trendMetrics.value, metric])
  }
  function setTpMetrics(metrics: readonly string[]): void {
    tpMetrics.value = normalizeMetrics(TP_COLUMNS, metrics)
  }
  function toggleTpMetric(metric: string): void {
    setTpMetrics(tpMetrics.value.includes(metric) ? tpMetrics.value.filter((m) => m !== metric) : [...tpMetrics.value, metric])
  }
  function setTab(id: string): void {
    tab.value = id
  }

  return { locale, theme, trendMetrics, tpMetrics, tab, setLocale, toggleLocale, toggleTheme, setTrendMetrics, toggleTrendMetric, setTpMetrics, toggleTpMetric, setTab }
})
