// User preferences kept in localStorage: language, theme, and the metrics drawn on the trend chart.
import { defineStore } from 'pinia'
import { ref, watch } from 'vue'
import { LOCALES, TREND_COLUMNS, type Locale, type TrendMetric } from '../../../shared/reports'
import type { Theme } from '../charts/palette'
import { DEFAULT_LOCALE, i18n } from '../i18n'

export const SETTINGS_STORAGE = 'swanboard.settings'
export const DEFAULT_TREND_METRICS: readonly TrendMetric[] = ['user_count', 'new_user_count']

interface Stored {
  locale?: unknown
  theme?: unknown
  trendMetrics?: unknown
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
function normalizeMetrics(value: readonly unknown[]): TrendMetric[] {
  return TREND_COLUMNS.map((c) => c.key).filter((m) => value.includes(m))
}

function storedMetrics(value: unknown): TrendMetric[] | null {
  if (!Array.isArray(value)) return null
  const metrics = normalizeMetrics(value)
  return metrics.length > 0 ? metrics : null
}

export const useSettingsStore = defineStore('settings', () => {
  const stored = read()
  const locale = ref<Locale>(LOCALES.find((l) => l === stored.locale) ?? DEFAULT_LOCALE)
  const theme = ref<Theme>(stored.theme === 'dark' || stored.theme === 'light' ? stored.theme : systemTheme())
  const trendMetrics = ref<TrendMetric[]>(storedMetrics(stored.trendMetrics) ?? [...DEFAULT_TREND_METRICS])

  function persist(): void {
    const value = { locale: locale.value, theme: theme.value, trendMetrics: trendMetrics.value }
    try {
      localStorage.setItem(SETTINGS_STORAGE, JSON.stringify(value))
    } catch {
      // Private windows may refuse storage; the choice still holds for this session.
    }
  }

  watch([locale, theme, trendMetrics], persist, { deep: true })

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
  function setTrendMetrics(metrics: readonly TrendMetric[]): void {
    trendMetrics.value = normalizeMetrics(metrics)
  }
  function toggleTrendMetric(metric: TrendMetric): void {
    const on = trendMetrics.value.includes(metric)
    setTrendMetrics(on ? trendMetrics.value.filter((m) => m !== metric) : [...trendMetrics.value, metric])
  }

  return { locale, theme, trendMetrics, setLocale, toggleLocale, toggleTheme, setTrendMetrics, toggleTrendMetric }
})
