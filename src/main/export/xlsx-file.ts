// A workbook streamed to a file: exceljs's streaming writer into a temp file beside the
// destination, renamed over it only once complete. A failure or a cancel leaves neither.
import ExcelJS from 'exceljs'
import { writeStreamAtomic } from './atomic-write'
import type { StreamWorkbook } from './stream-table'

export interface XlsxFileOptions {
  signal?: AbortSignal
  /** When the workbook says it was made. */
  created?: Date
}

interface ArchiverLike {
  abort(): void
}

export async function writeXlsxFile(path: string, fill: (wb: StreamWorkbook) => Promise<unknown>, options: XlsxFileOptions = {}): Promise<void> {
  options.signal?.throwIfAborted()
  await writeStreamAtomic(path, async (out) => {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false })
    wb.creator = 'Swanboard'
    wb.created = options.created ?? new Date()
    try {
      await fill(wb)
      options.signal?.throwIfAborted()
      // Writes the zip's end and ends the stream.
      await wb.commit()
    } catch (err) {
      ;(wb as unknown as { zip: ArchiverLike }).zip.abort()
      throw err
    }
  })
}

/** A job's workbook: cancelled by the job's signal, dated when the job began. */
export function writeJobWorkbook(path: string, job: { signal?: AbortSignal; generatedAt: number }, fill: (wb: StreamWorkbook) => Promise<unknown>): Promise<void> {
  return writeXlsxFile(path, fill, { signal: job.signal, created: new Date(job.generatedAt) })
}
