// Host services in Electron: the native save dialog and the system browser.
import { app, dialog, shell, type BrowserWindow, type SaveDialogOptions } from 'electron'
import { basename, join } from 'node:path'
import { AppError } from './app-error'
import { writeFileAtomic } from './export'
import type { HostServices } from './handlers'

function dialogOptions(fileName: string): SaveDialogOptions {
  const extension = fileName.split('.').pop() ?? 'xlsx'
  return {
    defaultPath: join(app.getPath('downloads'), fileName),
    filters: [{ name: extension === 'csv' ? 'CSV' : extension === 'json' ? 'JSON' : 'Excel', extensions: [extension] }]
  }
}

export function electronHost(window: () => BrowserWindow | undefined): HostServices {
  /** The path the user picked, or null when they cancelled. */
  const choose = async (fileName: string): Promise<string | null> => {
    const win = window()
    const options = dialogOptions(fileName)
    const choice = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options)
    return choice.canceled || !choice.filePath ? null : choice.filePath
  }
  return {
    kind: 'electron',
    async saveExport(file) {
      const path = await choose(file.fileName)
      if (!path) return { status: 'cancelled' }
      try {
        await writeFileAtomic(path, file.content)
      } catch (err) {
        throw new AppError('io', `could not write ${basename(path)}`, { cause: err })
      }
      return { status: 'saved', fileName: basename(path) }
    },
    // The dialog comes first; the export then streams into a temp file beside the chosen path and
    // is renamed over it once complete, so a large workbook never sits in memory.
    async prepareExport(fileName) {
      const path = await choose(fileName)
      if (!path) return null
      return { path, done: async () => ({ status: 'saved', fileName: basename(path) }), discard: async () => undefined }
    },
    async openExternal(url) {
      await shell.openExternal(url)
      return true
    }
  }
}
