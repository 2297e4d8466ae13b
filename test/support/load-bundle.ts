// Loads a built CommonJS bundle with `require('electron')` answered by a stub.
import { existsSync } from 'node:fs'
import Module, { createRequire } from 'node:module'
import { resolve } from 'node:path'

export const OUT_DIR = resolve(__dirname, '../../out')

export function loadWithElectronStub(bundle: string, stub: unknown): unknown {
  const path = resolve(OUT_DIR, bundle)
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` first (npm test does).`)
  const mod = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown }
  const original = mod._load
  mod._load = function (request: string, ...rest: unknown[]) {
    return request === 'electron' ? stub : original.call(this, request, ...rest)
  }
  try {
    const req = createRequire(__filename)
    delete req.cache[path]
    return req(path)
  } finally {
    mod._load = original
  }
}
