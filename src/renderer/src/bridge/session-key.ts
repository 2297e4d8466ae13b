// The browser host hands the page a key once, as ?k=…; it must not linger in the address bar
// (history, screenshots, copied links), so it moves to sessionStorage for reloads of this tab.
export const SESSION_KEY_STORAGE = 'swanboard.key'

export function takeSessionKey(win: Window = window): string {
  const url = new URL(win.location.href)
  const fromUrl = url.searchParams.get('k')
  if (fromUrl) {
    try {
      win.sessionStorage.setItem(SESSION_KEY_STORAGE, fromUrl)
    } catch {
      // Storage can be disabled; the key still works for this page's lifetime.
    }
    url.searchParams.delete('k')
    win.history.replaceState(win.history.state, '', `${url.pathname}${url.search}${url.hash}`)
    return fromUrl
  }
  try {
    return win.sessionStorage.getItem(SESSION_KEY_STORAGE) ?? ''
  } catch {
    return ''
  }
}
