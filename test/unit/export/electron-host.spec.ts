// The Electron host asks where to save before anything is written: the export then streams into a
// temp file beside the chosen path and is renamed over it; a cancelled dialog writes nothing.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { tempDir } from '../../support/temp'

const dialogAnswers: { canceled: boolean; filePath?: string }[] = []
const asked: unknown[] = []
vi.mock('electron', () => ({
  app: { getPath: () => '/home/someone/Downloads' },
  shell: { openExternal: async () => undefined },
  dialog: {
    showSaveDialog: async (...args: unknown[]) => {
      asked.push(args.at(-1))
      return dialogAnswers.shift() ?? { canceled: true }
    }
  }
}))

const { electronHost } = await import('../../../src/main/electron-host')
const { writeXlsxFile } = await import('../../../src/main/export')
const { readXlsx } = await import('./readers')

describe('electron host exports', () => {
  it('prepares the chosen path first; the workbook streams there and is renamed into place', async () => {
    const dir = tempDir()
    const chosen = join(dir, '我的报表.xlsx')
    dialogAnswers.push({ canceled: false, filePath: chosen })
    const host = electronHost(() => undefined)
    const target = (await host.prepareExport!('天鹅_全部报表.xlsx', 'x'))!
    expect(asked.at(-1)).toEqual({ defaultPath: join('/home/someone/Downloads', '天鹅_全部报表.xlsx'), filters: [{ name: 'Excel', extensions: ['xlsx'] }] })
    expect(target.path).toBe(chosen)
    await writeXlsxFile(target.path, async (wb) => {
      const ws = wb.addWorksheet('S')
      ws.addRow([1]).commit()
      ws.commit()
    })
    expect(await target.done()).toEqual({ status: 'saved', fileName: '我的报表.xlsx' })
    expect(readdirSync(dir)).toEqual(['我的报表.xlsx'])
    expect((await readXlsx(chosen)).worksheets[0]!.getCell(1, 1).value).toBe(1)
  })

  it('a cancelled dialog prepares nothing; saveExport still writes small files atomically', async () => {
    const host = electronHost(() => undefined)
    dialogAnswers.push({ canceled: true })
    expect(await host.prepareExport!('a.csv', 'text/csv')).toBeNull()
    expect(asked.at(-1)).toMatchObject({ filters: [{ name: 'CSV', extensions: ['csv'] }] })
    const dir = tempDir()
    dialogAnswers.push({ canceled: false, filePath: join(dir, 'accounts.json') })
    expect(await host.saveExport({ fileName: 'accounts.json', mime: 'application/json', content: new TextEncoder().encode('[]') })).toEqual({ status: 'saved', fileName: 'accounts.json' })
    expect(readFileSync(join(dir, 'accounts.json'), 'utf8')).toBe('[]')
    expect(readdirSync(dir)).toEqual(['accounts.json'])
  })
})
