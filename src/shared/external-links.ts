// The only places the app will open in the system browser.
export const EXTERNAL_HOSTS: readonly string[] = [
  'smartprogram.baidu.com',
  'openapi.baidu.com',
  'developer.baidu.com',
  'github.com'
]

export function isAllowedExternalUrl(raw: string): boolean {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return false
  }
  return (
    url.protocol === 'https:' &&
    url.username === '' &&
    url.password === '' &&
    url.port === '' &&
    EXTERNAL_HOSTS.includes(url.hostname)
  )
}

export const DOCS_URL = 'https://smartprogram.baidu.com/docs/third/data/'
