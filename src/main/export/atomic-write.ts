// A file appears under its final name complete, or not at all: written to a temp file beside it,
// flushed to disk, then renamed over it.
import { randomBytes } from 'node:crypto'
import { createWriteStream, type WriteStream } from 'node:fs'
import { open, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

export interface AtomicFile {
  /** Write here (the same folder as the destination, so the rename cannot cross file systems). */
  readonly tempPath: string
  /** Flushes the finished temp file to disk and renames it to the destination. */
  commit(): Promise<void>
  /** Removes the temp file; nothing is left under the destination's name. */
  discard(): Promise<void>
}

/** The temp file's name: hidden, recognisably ours, and short enough wherever the final name fits. */
export function tempPathFor(path: string): string {
  let stem = ''
  for (const ch of basename(path)) {
    if (Buffer.byteLength(stem + ch) > 100) break
    stem += ch
  }
  return join(dirname(path), `.${stem}.${randomBytes(6).toString('hex')}.partial`)
}

export function atomicFile(path: string): AtomicFile {
  const tempPath = tempPathFor(path)
  return {
    tempPath,
    async commit() {
      try {
        const handle = await open(tempPath, 'r+')
        try {
          await handle.sync()
        } finally {
          await handle.close()
        }
        await rename(tempPath, path)
      } catch (err) {
        await rm(tempPath, { force: true })
        throw err
      }
    },
    discard: () => rm(tempPath, { force: true })
  }
}

export async function writeFileAtomic(path: string, content: Uint8Array): Promise<void> {
  const file = atomicFile(path)
  try {
    const handle = await open(file.tempPath, 'wx', 0o644)
    try {
      await handle.writeFile(content)
    } finally {
      await handle.close()
    }
  } catch (err) {
    await file.discard()
    throw err
  }
  await file.commit()
}

/**
 * Streams a file to `path` through its temp file: `fill` writes to the stream and ends it. A
 * failure (of `fill` or of the disk) or a cancel leaves nothing under either name.
 */
export async function writeStreamAtomic(path: string, fill: (out: WriteStream) => Promise<void>): Promise<void> {
  const file = atomicFile(path)
  const out = createWriteStream(file.tempPath, { flags: 'wx', mode: 0o644 })
  const closed = new Promise<void>((resolve) => out.once('close', () => resolve()))
  // A disk error is read from out.errored; without a listener it would crash the process.
  out.on('error', () => undefined)
  try {
    await fill(out)
    await closed
    if (out.errored) throw out.errored
    await file.commit()
  } catch (err) {
    out.destroy()
    await closed
    await file.discard()
    throw err
  }
}
