// Finished exports waiting to be fetched once by the page that asked for them: small files in
// memory, large ones as a temp file on disk (streamed out, then deleted). A file not fetched within
// the time limit is dropped, and its temp folder deleted.
import { randomBytes } from 'node:crypto'
import { rmSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import type { ExportFile } from '../export'

const TTL_MS = 5 * 60 * 1000

/** A finished file on disk, in a temp folder of its own that goes with it. */
export interface DiskFile {
  fileName: string
  mime: string
  path: string
  dir: string
}

export type ShelvedFile = ({ kind: 'memory' } & ExportFile) | ({ kind: 'disk' } & DiskFile)

interface Entry {
  file: ShelvedFile
  expires: number
  timer?: ReturnType<typeof setTimeout>
}

export class DownloadShelf {
  private readonly files = new Map<string, Entry>()

  constructor(
    private readonly now: () => number = Date.now,
    private readonly ttlMs = TTL_MS
  ) {}

  /** Stores the file under an unguessable one-time id. */
  put(file: ExportFile): string {
    return this.add({ kind: 'memory', ...file })
  }

  /** Shelves a file on disk; its folder is deleted after the one download, or when it expires. */
  putFile(file: DiskFile): string {
    return this.add({ kind: 'disk', ...file })
  }

  /** The file, once; a second take (or a late one) gets nothing. A disk file is the taker's to delete (`release`). */
  take(id: string): ShelvedFile | undefined {
    this.sweep()
    const entry = this.files.get(id)
    if (!entry) return undefined
    this.files.delete(id)
    clearTimeout(entry.timer)
    return entry.file
  }

  /** Deletes a taken disk file's folder. */
  async release(file: ShelvedFile): Promise<void> {
    if (file.kind === 'disk') await rm(file.dir, { recursive: true, force: true })
  }

  /** Files waiting (tests). */
  get size(): number {
    return this.files.size
  }

  /** Drops every waiting file and deletes those on disk (the host is closing). */
  clear(): void {
    for (const entry of this.files.values()) this.drop(entry)
    this.files.clear()
  }

  private add(file: ShelvedFile): string {
    this.sweep()
    const id = randomBytes(18).toString('base64url')
    const entry: Entry = { file, expires: this.now() + this.ttlMs }
    if (file.kind === 'disk') {
      // Disk files are deleted on time even if nobody comes back for them.
      entry.timer = setTimeout(() => {
        if (this.files.get(id) === entry) this.files.delete(id)
        this.drop(entry)
      }, this.ttlMs)
      entry.timer.unref?.()
    }
    this.files.set(id, entry)
    return id
  }

  private drop(entry: Entry): void {
    clearTimeout(entry.timer)
    if (entry.file.kind === 'disk') rmSync(entry.file.dir, { recursive: true, force: true })
  }

  private sweep(): void {
    const now = this.now()
    for (const [id, entry] of this.files) {
      if (entry.expires <= now) {
        this.files.delete(id)
        this.drop(entry)
      }
    }
  }
}
