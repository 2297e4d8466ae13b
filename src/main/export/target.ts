// Where an export's file goes. A host that can (Electron: a save dialog; the browser host: a temp
// file served once) gives a path before anything is written, so large files stream to disk; one
// that cannot gets the finished bytes through saveExport, from a private temp folder.
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ExportResult } from '../../shared/dto'
import type { ExportFile } from './export-file'

export interface ExportTarget {
  /** Where to write the file (atomically: a temp file beside it, then a rename). */
  path: string
  /** The file is complete at `path`: hand it over and say what happened to it. */
  done(): Promise<ExportResult>
  /** The export failed or was cancelled (nothing is at `path`): release what the target holds. */
  discard(): Promise<void>
}

export interface ExportHost {
  saveExport(file: ExportFile): Promise<ExportResult>
  /** A destination for a file of this name; null when the user cancelled (a dialog). */
  prepareExport?(fileName: string, mime: string): Promise<ExportTarget | null>
}

/** A file in a private temp folder; `deliver` hands it on once complete, and the folder goes after. */
export async function tempTarget(fileName: string, deliver: (path: string, dir: string) => Promise<ExportResult>, options: { keepAfterDone?: boolean } = {}): Promise<ExportTarget> {
  const dir = await mkdtemp(join(tmpdir(), 'swanboard-export-'))
  const remove = () => rm(dir, { recursive: true, force: true })
  const path = join(dir, fileName)
  return {
    path,
    async done() {
      try {
        return await deliver(path, dir)
      } finally {
        if (!options.keepAfterDone) await remove()
      }
    },
    discard: remove
  }
}

/** The host's destination, or a temp file whose bytes go through saveExport. */
export async function exportTarget(host: ExportHost, fileName: string, mime: string): Promise<ExportTarget | null> {
  if (host.prepareExport) return host.prepareExport(fileName, mime)
  return tempTarget(fileName, async (path) => host.saveExport({ fileName, mime, content: new Uint8Array(await readFile(path)) }))
}
