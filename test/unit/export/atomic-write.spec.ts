import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { atomicFile, writeFileAtomic } from '../../../src/main/export'
import { tempDir } from '../../support/temp'

describe('writeFileAtomic', () => {
  it('writes the whole file under its name and leaves no temp file', async () => {
    const dir = tempDir()
    await writeFileAtomic(join(dir, 'report.xlsx'), new Uint8Array([1, 2, 3]))
    expect([...readFileSync(join(dir, 'report.xlsx'))]).toEqual([1, 2, 3])
    expect(readdirSync(dir)).toEqual(['report.xlsx'])
  })

  it('replaces an existing file only once the new one is complete', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'r.xlsx'), 'old')
    await writeFileAtomic(join(dir, 'r.xlsx'), new TextEncoder().encode('new'))
    expect(readFileSync(join(dir, 'r.xlsx'), 'utf8')).toBe('new')
  })

  it('on failure leaves nothing under the chosen name and no partial file', async () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'taken.xlsx')) // a folder where the file should go: rename fails
    await expect(writeFileAtomic(join(dir, 'taken.xlsx'), new Uint8Array([1]))).rejects.toThrow()
    expect(readdirSync(dir)).toEqual(['taken.xlsx'])
    await expect(writeFileAtomic(join(dir, 'missing', 'r.xlsx'), new Uint8Array([1]))).rejects.toThrow()
    expect(existsSync(join(dir, 'missing'))).toBe(false)
  })
})

describe('atomicFile', () => {
  it('keeps the temp file beside the destination, hidden, and short even for a long name', async () => {
    const dir = tempDir()
    const file = atomicFile(join(dir, `${'报'.repeat(80)}.xlsx`))
    expect(file.tempPath.startsWith(join(dir, '.'))).toBe(true)
    expect(Buffer.byteLength(file.tempPath.slice(dir.length + 1))).toBeLessThan(130)
    writeFileSync(file.tempPath, 'x')
    await file.discard()
    expect(readdirSync(dir)).toEqual([])
  })
})
