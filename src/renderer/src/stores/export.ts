import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { ExportResult, ReportQuery } from '../../../shared/dto'
import type { Locale } from '../../../shared/reports'
import { api } from '../api'
import { AppError, toAppError } from '../app-error'

/** Only same-origin download links from the host are followed. */
export function triggerDownload(url: string, fileName: string): void {
  const target = new URL(url, window.location.href)
  if (target.origin !== window.location.origin) {
    throw new AppError({ code: 'forbidden', message: `Refusing a download from ${target.origin}` })
  }
  const a = document.createElement('a')
  a.href = target.href
  a.download = fileName
  a.rel = 'noopener'
  a.style.display = 'none'
  document.body.append(a)
  a.click()
  a.remove()
}

export const useExportStore = defineStore('export', () => {
  const exporting = ref(false)
  const error = shallowRef<AppError | null>(null)
  const last = shallowRef<ExportResult | null>(null)

  /** Resolves to the result (after starting a browser download), or throws an AppError. */
  async function exportReport(query: ReportQuery, locale: Locale, format: 'xlsx' | 'csv'): Promise<ExportResult> {
    exporting.value = true
    error.value = null
    try {
      // The same query the screen shows, so the file matches the dashboard.
      const result = await api.exportReport({ query, locale, format })
      if (result.status === 'download') triggerDownload(result.url, result.fileName)
      last.value = result
      return result
    } catch (e) {
      error.value = toAppError(e)
      throw error.value
    } finally {
      exporting.value = false
    }
  }

  return { exporting, error, last, exportReport }
})
