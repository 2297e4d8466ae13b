// Host services in Electron: the native save dialog and the system browser.
import { app, dialog, shell, type BrowserWindow } from 'electron'
import { basename, join } from 'node:path'
import { AppError } from './app-error'
import { writeFileAtomic } from './export'
import type { HostServices } from './handlers'

export function electronHost(window: () => BrowserWindow | undefined): HostServices {
  return {
    kind: 'electron',
    async saveExport(file) {
      const extension = file.fileName.split('.').pop() ?? 'xlsx'
      const options = {
        defaultPath: join(app.getPath('downloads'), file.fileName),
        filters: [{ name: extension === 'csv' ? 'CSV' : extension === 'json' ? 'JSON' : 'Excel', extensions: [extension] }]
      }
      const win = window()
      const choice = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options)
      if (choice.canceled || !choice.filePath) return { status: 'cancelled' }
      try {
        await writeFileAtomic(choice.filePath, file.content)
      } catch (err) {
        throw new AppError('io', `could not write ${basename(choice.filePath)}`, { cause: err })
      }
      return { status: 'saved', fileName: basename(choice.filePath) }
    },
    async openExternal(url) {
      await shell.openExternal(url)
      return true
    }
  }
}
