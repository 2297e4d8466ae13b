// Where things live on disk, the same for the desktop app, the CLI and the browser host.
import { existsSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join, resolve } from 'node:path'

/** Electron's userData for this app ("<appData>/swanboard"), computed without Electron. */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env['APPDATA'] ?? join(homedir(), 'AppData', 'Roaming'), 'swanboard')
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'swanboard')
  return join(env['XDG_CONFIG_HOME'] ?? join(homedir(), '.config'), 'swanboard')
}

/** The cache the desktop app uses; SWANBOARD_DB overrides. */
export function defaultDbPath(env: NodeJS.ProcessEnv = process.env): string {
  return env['SWANBOARD_DB'] ?? join(userDataDir(env), 'swanboard.db')
}

/** The checkout (or installed package) root: the nearest folder up with a package.json. */
export function projectRoot(from: string = __dirname): string {
  let dir = resolve(from)
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir)
    if (parent === dir) throw new Error('package.json not found above ' + from)
    dir = parent
  }
  return dir
}
