// happy-dom has no layout, canvas or media queries: stub what Element Plus and Chart.js touch.
import { enableAutoUnmount } from '@vue/test-utils'
import { afterEach, vi } from 'vitest'
import { installBridge } from '../../src/renderer/src/api'

class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver

if (typeof window.matchMedia !== 'function') {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener() {},
      removeEventListener() {},
      addListener() {},
      removeListener() {},
      dispatchEvent: () => false
    }) as MediaQueryList
}

// No 2D context: a real chart would only log "can't acquire context"; views stub the chart anyway.
HTMLCanvasElement.prototype.getContext = (() => null) as unknown as HTMLCanvasElement['getContext']

// Unmounting runs each App's clean-up, so no window listener outlives its test.
enableAutoUnmount(afterEach)

afterEach(() => {
  installBridge(null)
  localStorage.clear()
  sessionStorage.clear()
  document.body.innerHTML = ''
  document.documentElement.className = ''
  vi.useRealTimers()
})
