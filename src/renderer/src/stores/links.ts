// Opening outside links: only allow-listed https URLs, in the system browser when the host can.
import { defineStore } from 'pinia'
import { isAllowedExternalUrl } from '../../../shared/external-links'
import { api } from '../api'

function openInBrowserTab(url: string): void {
  window.open(url, '_blank', 'noopener')
}

export const useLinksStore = defineStore('links', () => {
  async function openExternal(url: string): Promise<boolean> {
    if (!isAllowedExternalUrl(url)) return false
    try {
      const { opened } = await api.shellOpenExternal({ url })
      if (!opened) openInBrowserTab(url)
    } catch {
      // The URL passed the same allow-list main uses, so a plain tab is a safe fallback.
      openInBrowserTab(url)
    }
    return true
  }

  return { openExternal }
})
