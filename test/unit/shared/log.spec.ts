import { describe, expect, it } from 'vitest'
import { createLogger, redact } from '../../../src/main/log'

describe('redact', () => {
  it.each([
    '45.262dcf08e4ac06bb3fd657741a540d40.2592000.1568538447.YaEGtZv0CrUcnG0OokJV4w-1W3JTSQkkj5RZ9lgfC',
    '42.abcdef0123456789',
    '46.refresh-token-value',
    '24.developer.token.value'
  ])('masks token %s wherever it appears', (token) => {
    for (const text of [token, `token ${token} here`, `?access_token=${token}&x=1`, JSON.stringify({ token })]) {
      const out = redact(text)
      expect(out).not.toContain(token.slice(3, 12))
    }
  })

  it('masks secret query parameters of any shape', () => {
    expect(redact('refresh_token=abc123&client_secret=s3cr3t&start_index=20')).toBe('refresh_token=***&client_secret=***&start_index=20')
  })

  it('leaves ordinary numbers and dates alone', () => {
    expect(redact('82.19% of 2019/04/15, errno 44003, 45.5 s')).toBe('82.19% of 2019/04/15, errno 44003, 45.5 s')
  })

  it('is applied to every log line, including error details', () => {
    const lines: string[] = []
    createLogger((l) => lines.push(l)).log('error', 'refresh with 46.abcdefghijkl failed', new Error('token 45.zyxwvutsrqpo rejected'))
    expect(lines[0]).not.toMatch(/abcdefghijkl|zyxwvutsrqpo/)
  })
})
