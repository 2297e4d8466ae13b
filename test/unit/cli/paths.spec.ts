// The CLI's default --db is the desktop app's cache: Electron's userData for "swanboard" on each
// platform (app.getPath('userData') = appData + the package name), computed without Electron.
import { describe, expect, it } from 'vitest'
import { defaultDbPath, userDataDir } from '../../../src/main/paths'

describe('userDataDir and defaultDbPath', () => {
  it('win32: %APPDATA%\\swanboard, else the roaming folder under the profile', () => {
    const env = { APPDATA: 'C:\\Users\\wu\\AppData\\Roaming', USERPROFILE: 'C:\\Users\\wu' }
    expect(userDataDir(env, 'win32')).toBe('C:\\Users\\wu\\AppData\\Roaming\\swanboard')
    expect(defaultDbPath(env, 'win32')).toBe('C:\\Users\\wu\\AppData\\Roaming\\swanboard\\swanboard.db')
    expect(userDataDir({ APPDATA: '', USERPROFILE: 'D:\\home\\li' }, 'win32')).toBe('D:\\home\\li\\AppData\\Roaming\\swanboard')
  })

  it('darwin: ~/Library/Application Support/swanboard, whatever XDG says', () => {
    const env = { HOME: '/Users/wu', XDG_CONFIG_HOME: '/elsewhere' }
    expect(userDataDir(env, 'darwin')).toBe('/Users/wu/Library/Application Support/swanboard')
    expect(defaultDbPath(env, 'darwin')).toBe('/Users/wu/Library/Application Support/swanboard/swanboard.db')
  })

  it('linux: $XDG_CONFIG_HOME/swanboard, else ~/.config/swanboard (an empty variable counts as unset)', () => {
    expect(userDataDir({ HOME: '/home/wu', XDG_CONFIG_HOME: '/home/wu/.cfg' }, 'linux')).toBe('/home/wu/.cfg/swanboard')
    expect(userDataDir({ HOME: '/home/wu' }, 'linux')).toBe('/home/wu/.config/swanboard')
    expect(userDataDir({ HOME: '/home/wu', XDG_CONFIG_HOME: '' }, 'linux')).toBe('/home/wu/.config/swanboard')
    expect(defaultDbPath({ HOME: '/home/wu' }, 'linux')).toBe('/home/wu/.config/swanboard/swanboard.db')
  })

  it('SWANBOARD_DB overrides on every platform; an empty one does not', () => {
    for (const platform of ['win32', 'darwin', 'linux'] as const) {
      expect(defaultDbPath({ HOME: '/home/wu', APPDATA: 'C:\\A', SWANBOARD_DB: '/data/cache.db' }, platform)).toBe('/data/cache.db')
    }
    expect(defaultDbPath({ HOME: '/home/wu', SWANBOARD_DB: '' }, 'linux')).toBe('/home/wu/.config/swanboard/swanboard.db')
  })
})
