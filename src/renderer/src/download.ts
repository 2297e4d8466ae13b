// Starting a browser download of a file the host offers (the browser host's one-time links).
import { AppError } from './app-error'

/** Only same-origin download links from the host are followed. */
export function triggerDownload(url: string, fileName: string): void {
  const target = new URL(url, window.location.href)
  if (target.origin !== window.location.origin) {
    throw new AppError({ code: 'forbidden', message: `Refusing a download from ${target.origin}` })
  }
  const a = document.createElement('a')
  a.href = target.href
  a.download = fileName
  a.rel = 'noopener'
  a.style.display = 'none'
  document.body.append(a)
  a.click()
  a.remove()
}
