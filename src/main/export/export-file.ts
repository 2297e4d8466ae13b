// A finished export, before a host decides where it goes (a chosen path, or a browser download).
import { safeFileName } from './sanitize'

export interface ExportFile {
  fileName: string
  mime: string
  content: Uint8Array
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
export const CSV_MIME = 'text/csv; charset=utf-8'

export function exportFileName(parts: readonly string[], extension: string): string {
  return `${safeFileName(parts.filter(Boolean).join('_'))}.${extension}`
}
