#!/usr/bin/env node
// Makes better-sqlite3's native binary match the runtime about to load it: Node (tests, CLI, browser
// host) or Electron (the desktop app). Rebuilds only when the ABI compiled into the binary differs.
// Usage: node scripts/ensure-native.mjs node|electron
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const runtime = process.argv[2]
if (runtime !== 'node' && runtime !== 'electron') {
  console.error('usage: ensure-native.mjs node|electron')
  process.exit(2)
}

const require = createRequire(import.meta.url)
const moduleDir = dirname(require.resolve('better-sqlite3/package.json'))
const binary = join(moduleDir, 'build', 'Release', 'better_sqlite3.node')

function compiledAbi() {
  if (!existsSync(binary)) return null
  const match = /node_register_module_v(\d+)/.exec(readFileSync(binary).toString('latin1'))
  return match ? match[1] : null
}

function wanted() {
  if (runtime === 'node') return { abi: process.versions.modules }
  const electronDir = dirname(require.resolve('electron/package.json'))
  return {
    abi: readFileSync(join(electronDir, 'abi_version'), 'utf8').trim(),
    version: JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version
  }
}

const target = wanted()
const have = compiledAbi()
if (have === target.abi) process.exit(0)

console.log(`better-sqlite3 is built for ABI ${have ?? 'none'}; ${runtime} needs ${target.abi}: rebuilding…`)
const env = { ...process.env }
if (runtime === 'electron') {
  // With npm_config_nodedir set, node-gyp silently builds against Node's headers instead.
  for (const key of Object.keys(env)) if (key.toLowerCase() === 'npm_config_nodedir') delete env[key]
  Object.assign(env, {
    npm_config_runtime: 'electron',
    npm_config_target: target.version,
    npm_config_disturl: 'https://electronjs.org/headers'
  })
}
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const result = spawnSync(npm, ['rebuild', 'better-sqlite3'], { stdio: 'inherit', env, shell: process.platform === 'win32' })
const now = compiledAbi()
if (result.status !== 0 || now !== target.abi) {
  console.error(
    `Could not build better-sqlite3 for ${runtime} (ABI ${target.abi}; binary has ${now ?? 'none'}).\n` +
      (runtime === 'electron'
        ? 'Electron needs its headers from electronjs.org: check the network or proxy, then run `npm run dev` again.\n'
        : 'Check that python3, make and a C++ compiler are installed, then run `npm rebuild better-sqlite3`.\n')
  )
  process.exit(1)
}
console.log(`better-sqlite3 rebuilt for ${runtime} (ABI ${now}).`)
