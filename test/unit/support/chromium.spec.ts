// How the end-to-end tests find their browser: CHROMIUM_PATH first, then the system's; without one
// they are skipped loudly, except under CI=true, where that fails the run.
import { describe, expect, it } from 'vitest'
import { chromiumOrSkip, findChromium, NO_CHROMIUM } from '../../e2e/support/chromium'

/** A file system holding exactly these paths, recording what was asked. */
function disk(...paths: string[]) {
  const asked: string[] = []
  const exists = (p: string) => {
    asked.push(p)
    return paths.includes(p)
  }
  return { exists, asked }
}

describe('finding Chromium', () => {
  it('takes CHROMIUM_PATH first, even when the system has one', () => {
    const fs = disk('/opt/chromium/chrome', '/usr/bin/chromium')
    expect(findChromium({ CHROMIUM_PATH: '/opt/chromium/chrome' }, fs.exists)).toBe('/opt/chromium/chrome')
    expect(fs.asked).toEqual(['/opt/chromium/chrome'])
  })

  it('refuses a CHROMIUM_PATH that does not exist rather than falling back silently', () => {
    expect(() => findChromium({ CHROMIUM_PATH: '/nope/chrome' }, disk('/usr/bin/chromium').exists)).toThrow('CHROMIUM_PATH=/nope/chrome does not exist')
  })

  it('then looks for the system’s browser, Debian’s chromium first', () => {
    expect(findChromium({}, disk('/usr/bin/google-chrome', '/usr/bin/chromium').exists)).toBe('/usr/bin/chromium')
    expect(findChromium({ CHROMIUM_PATH: '' }, disk('/usr/bin/google-chrome-stable').exists)).toBe('/usr/bin/google-chrome-stable')
    expect(findChromium({}, disk().exists)).toBeNull()
  })

  it('without a browser, skips with a loud warning', () => {
    const warnings: string[] = []
    expect(chromiumOrSkip({}, disk().exists, (t) => warnings.push(t))).toBeNull()
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain(NO_CHROMIUM)
    expect(warnings[0]).toContain('!'.repeat(80))
  })

  it('without a browser under CI=true, fails instead of skipping', () => {
    const warnings: string[] = []
    expect(() => chromiumOrSkip({ CI: 'true' }, disk().exists, (t) => warnings.push(t))).toThrow(`CI=true: ${NO_CHROMIUM}`)
    expect(warnings).toEqual([])
  })

  it('with a browser, uses it quietly, CI or not', () => {
    const warnings: string[] = []
    expect(chromiumOrSkip({ CI: 'true' }, disk('/usr/bin/chromium').exists, (t) => warnings.push(t))).toBe('/usr/bin/chromium')
    expect(warnings).toEqual([])
  })
})
