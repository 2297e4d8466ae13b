/// <reference types="vite/client" />
import type { Bridge } from '../../shared/channels'

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the browser host. */
    swanboard?: Bridge
  }
}

export {}
