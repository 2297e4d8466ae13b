// The chart needs a native canvas. Where it cannot load (a platform without its binary), "Export
// all" still writes every sheet and the totals, and the summary says why there is no picture.
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { NO_PROGRESS, writeAccountWorkbook, writeXlsxFile } from '../../../src/main/export'
import { tempDir } from '../../support/temp'
import { fakeAccount, fakeSource, FAKE_NOW } from './fake-source'
import { readXlsx } from './readers'

vi.mock('../../../src/main/export/chart-image', () => {
  throw new Error('Cannot find module @napi-rs/canvas-linux-x64-gnu')
})

const dir = tempDir()

describe('Export all without a canvas', () => {
  it('writes the workbook with the totals and a note in place of the chart', async () => {
    const source = fakeSource({ accounts: [fakeAccount('a', 'App A')], trend: ['a'], pages: { a: 30 } })
    const path = join(dir, 'no-canvas.xlsx')
    const ctx = { locale: 'en' as const, used: new Set<string>(), progress: NO_PROGRESS }
    await writeXlsxFile(path, (wb) => writeAccountWorkbook(wb, source, { accountId: 'a', from: '20261001', to: '20261031', generatedAt: FAKE_NOW }, ctx).then(() => undefined))
    const wb = await readXlsx(path)
    const summary = wb.worksheets[0]!
    expect(summary.getImages()).toHaveLength(0)
    const cells: string[] = []
    summary.eachRow((row) => row.eachCell((cell) => void cells.push(String(cell.value))))
    expect(cells).toContain('The chart could not be drawn on this computer (graphics component missing); everything else is complete.')
    // The rest is all there: the trend's totals and the pages sheet.
    expect(cells).toContain('Active users')
    expect(wb.worksheets.length).toBeGreaterThanOrEqual(3)
  })
})
