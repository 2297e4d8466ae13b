// The contract, main's handlers, the preload bridge and the input schemas name the same calls.
import { afterAll, describe, expect, it } from 'vitest'
import { CALL_CHANNELS, EVENT_CHANNELS, listenerName, methodName } from '../../src/shared/channels'
import { CALL_INPUTS } from '../../src/shared/contract'
import { createCore } from '../../src/main/core'
import { createHandlers } from '../../src/main/handlers'
import { silentLogger } from '../../src/main/log'
import { createElectronStub } from '../support/electron-stub'
import { loadWithElectronStub } from '../support/load-bundle'
import { tempDir } from '../support/temp'

const core = createCore({ dbPath: ':memory:', logger: silentLogger })
afterAll(() => core.close())
const handlers = createHandlers(core, {
  kind: 'web',
  saveExport: async () => ({ status: 'cancelled' }),
  openExternal: async () => false
})

function loadPreload() {
  const electron = createElectronStub(tempDir())
  loadWithElectronStub('preload/index.js', electron.stub)
  return { bridge: electron.record.exposed.get('swanboard')!, record: electron.record }
}

describe('the contract', () => {
  const channels = [...CALL_CHANNELS].sort()

  it('has a main handler for every call and no handler outside it', () => {
    expect(Object.keys(handlers).sort()).toEqual(channels)
  })

  it('has an input schema for every call and no other', () => {
    expect(Object.keys(CALL_INPUTS).sort()).toEqual(channels)
  })

  it('is exactly what the built preload exposes: one function per call and per event', () => {
    const { bridge } = loadPreload()
    const expected = [...CALL_CHANNELS.map((c) => methodName(c)), ...EVENT_CHANNELS.map((e) => listenerName(e))].sort()
    expect(Object.keys(bridge).sort()).toEqual(expected)
    for (const key of expected) expect(typeof bridge[key], key).toBe('function')
    expect(Object.isFrozen(bridge)).toBe(true)
  })

  it('preload functions invoke their own channel and hide the IPC event from listeners', async () => {
    const { bridge, record } = loadPreload()
    const query = { accountId: 'a', report: 'trend', from: '20190401', to: '20190401' }
    await (bridge['reportsGet'] as (q: unknown) => Promise<unknown>)(query)
    expect(record.ipcRendererCalls).toEqual([{ channel: 'reports:get', input: query }])

    const seen: unknown[] = []
    const off = (bridge['onReportsProgress'] as (l: (p: unknown) => void) => () => void)((p) => seen.push(p))
    const [listener] = record.ipcRendererListeners.get('reports:progress')!
    listener!({ sender: 'secret' }, { pagesDone: 1 })
    expect(seen).toEqual([{ pagesDone: 1 }])
    off()
    expect(record.ipcRendererListeners.get('reports:progress')).toEqual([])
  })

  it('derives bridge method names from channel names', () => {
    expect(methodName('shell:open-external')).toBe('shellOpenExternal')
    expect(methodName('reports:get')).toBe('reportsGet')
    expect(listenerName('reports:progress')).toBe('onReportsProgress')
  })
})
