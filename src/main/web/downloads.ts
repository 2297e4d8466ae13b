// Finished exports waiting to be fetched once by the page that asked for them.
import { randomBytes } from 'node:crypto'
import type { ExportFile } from '../export'

const TTL_MS = 5 * 60 * 1000

export class DownloadShelf {
  private readonly files = new Map<string, { file: ExportFile; expires: number }>()

  constructor(private readonly now: () => number = Date.now) {}

  /** Stores the file under an unguessable one-time id. */
  put(file: ExportFile): string {
    this.sweep()
    const id = randomBytes(18).toString('base64url')
    this.files.set(id, { file, expires: this.now() + TTL_MS })
    return id
  }

  /** The file, once; a second take (or a late one) gets nothing. */
  take(id: string): ExportFile | undefined {
    const entry = this.files.get(id)
    this.files.delete(id)
    return entry && entry.expires > this.now() ? entry.file : undefined
  }

  private sweep(): void {
    const now = this.now()
    for (const [id, entry] of this.files) if (entry.expires <= now) this.files.delete(id)
  }
}
