// An independent reader (openpyxl) opens our trend workbook and sees the same numbers.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createCore } from '../../../src/main/core'
import { buildReportWorkbook } from '../../../src/main/export'
import type { MetricRow } from '../../../src/shared/report-data'
import { silentLogger } from '../../../src/main/log'
import { TREND_COLUMNS } from '../../../src/shared/reports'
import { openpyxlAvailable, readWithOpenpyxl } from '../../support/openpyxl'
import { tempDir } from '../../support/temp'

describe.runIf(openpyxlAvailable())('trend workbook read by openpyxl', () => {
  it('opens without error and holds the cached values', async () => {
    const core = createCore({ dbPath: ':memory:', logger: silentLogger, now: () => Date.UTC(2026, 10, 21, 4) })
    const account = core.accounts.list()[0]!
    const variant = { gran: 'day' }
    const answer = await core.reports.get({ accountId: account.id, report: 'trend', variant, from: '20260801', to: '20261031' })
    const view = { accountId: account.id, report: 'trend' as const, variant, from: '20260801', to: '20261031', ...answer }
    const report = { rows: (answer.data.rows as MetricRow[]).map((r) => ({ name: r.name, ...r.values }) as { name: string } & Record<string, number | null>) }
    const path = join(tempDir(), 'trend.xlsx')
    const wb = buildReportWorkbook({ view, account, locale: 'zh-CN', generatedAt: core.now() })
    writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()))
    core.close()

    const sheets = readWithOpenpyxl(path)
    const data = sheets['用户趋势·按天']!
    expect(data.freeze).toBe('A2')
    expect(data.filter).toBe(`A1:I${report.rows.length + 1}`)
    expect(data.rows).toHaveLength(report.rows.length + 1)
    report.rows.forEach((row, i) => {
      const cells = data.rows[i + 1]!
      expect(cells[0]).toBe(row.name.replaceAll('/', '-'))
      TREND_COLUMNS.forEach((c, j) => {
        const expected = row[c.key]!
        if (c.unit === 'percent') expect((cells[j + 1] as number) * 100).toBeCloseTo(expected, 8)
        else expect(cells[j + 1]).toBe(expected)
      })
    })
    expect(Object.keys(sheets)).toEqual(['用户趋势·按天', '说明'])
  })
})
