// The renderer's only door: one function per contract call and one subscription per event.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { CALL_CHANNELS, EVENT_CHANNELS, listenerName, methodName } from '../shared/channels'

const bridge: Record<string, unknown> = {}
for (const channel of CALL_CHANNELS) {
  bridge[methodName(channel)] = (input?: unknown) => ipcRenderer.invoke(channel, input)
}
for (const event of EVENT_CHANNELS) {
  bridge[listenerName(event)] = (listener: (payload: unknown) => void) => {
    // Never hand the renderer the IpcRendererEvent: it exposes `sender`.
    const wrapped = (_event: IpcRendererEvent, payload: unknown): void => listener(payload)
    ipcRenderer.on(event, wrapped)
    return () => ipcRenderer.removeListener(event, wrapped)
  }
}

contextBridge.exposeInMainWorld('swanboard', Object.freeze(bridge))
