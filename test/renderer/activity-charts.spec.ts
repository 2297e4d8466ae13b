// The activity tab's four charts: each draws its own columns of the report, oldest day first,
// on an axis that fits it.
import { describe, expect, it } from 'vitest'
import type { LineChartInput } from '../../src/shared/charts/line-chart'
import { messages } from '../../src/renderer/src/i18n'
import { metricColor } from '../../src/shared/charts/palette'
import { ACTIVITY_COLUMNS } from '../../src/shared/reports'
import { mountTab } from './support/tabs'

describe('activity charts', () => {
  async function charts() {
    const { wrapper } = await mountTab('activity')
    const input = (id: string) => wrapper.get(`[data-testid="activity-chart-${id}"]`).getComponent({ name: 'LineChart' }).props('input') as LineChartInput
    const plotted = (id: string) => Object.fromEntries(input(id).series.map((s) => [s.label, s.values]))
    return { wrapper, input, plotted }
  }

  it('draws DAU, WAU and MAU on one count axis from zero, oldest day first', async () => {
    const { wrapper, input, plotted } = await charts()
    expect(wrapper.findAllComponents({ name: 'LineChart' })).toHaveLength(4)
    // The fixture's rows come newest first (15 April, then 14 April).
    expect(input('users').labels).toEqual(['2019/04/14', '2019/04/15'])
    expect(plotted('users')).toEqual({ 日活跃用户: [1580, 1474], 周活跃用户: [7900, 8000], 月活跃用户: [null, 30000] })
    expect(input('users').series.map((s) => s.unit)).toEqual(['count', 'count', 'count'])
    expect(input('users')).toMatchObject({ fitPercent: false, zeroBased: true })
    // Colours follow the report's own column order, as in the table.
    expect(input('users').series[1]?.color).toBe(metricColor('weekly_user_count', ACTIVITY_COLUMNS))
  })

  it('draws the four activity degrees as shares fitted to their size, "--" days as gaps', async () => {
    const { input, plotted } = await charts()
    expect(plotted('degrees')).toEqual({ 日活跃度: [0.06, 0.05], 周活跃度: [0.3, 0.3], 月活跃度: [null, 1.1], '日活/月活': [null, 4.9] })
    expect(input('degrees').series.every((s) => s.unit === 'percent')).toBe(true)
    expect(input('degrees')).toMatchObject({ fitPercent: true, zeroBased: true })
  })

  it('draws lost users with their churn rate, and cumulative users alone, neither from zero', async () => {
    const { input, plotted } = await charts()
    expect(plotted('lost')).toEqual({ 流失用户: [118, 120], 流失率: [7.5, 8.1] })
    expect(input('lost').series.map((s) => s.unit)).toEqual(['count', 'percent'])
    expect(input('lost')).toMatchObject({ fitPercent: true, zeroBased: false })
    expect(plotted('cumulative')).toEqual({ 累计启动用户: [119000, 120000] })
    expect(input('cumulative')).toMatchObject({ fitPercent: true, zeroBased: false })
  })

  it('titles each chart for what it draws', async () => {
    const { wrapper } = await charts()
    for (const id of ['users', 'degrees', 'lost', 'cumulative'] as const) {
      const title = messages['zh-CN'].activity[id]
      expect(wrapper.get(`[data-testid="activity-chart-${id}"]`).getComponent({ name: 'LineChart' }).props('label')).toBe(title)
    }
  })
})
