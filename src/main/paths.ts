// Where things live on disk, the same for the desktop app, the CLI and the browser host.
import { existsSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join, posix, resolve, win32 } from 'node:path'

/**
 * Electron's app.getPath('userData') for this app ("<appData>/swanboard": the package name, there
 * is no productName), computed without Electron. Like Chromium, an empty variable counts as unset.
 */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return win32.join(env['APPDATA'] || win32.join(env['USERPROFILE'] || homedir(), 'AppData', 'Roaming'), 'swanboard')
  const home = env['HOME'] || homedir()
  if (platform === 'darwin') return posix.join(home, 'Library', 'Application Support', 'swanboard')
  return posix.join(env['XDG_CONFIG_HOME'] || posix.join(home, '.config'), 'swanboard')
}

/** The cache the desktop app uses; SWANBOARD_DB overrides. */
export function defaultDbPath(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  return env['SWANBOARD_DB'] || (platform === 'win32' ? win32 : posix).join(userDataDir(env, platform), 'swanboard.db')
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
