// Main's implementation of every contract call. `satisfies Handlers` makes a missing one a compile error.
import type { CallChannel, CallInput, CallOutput, EventChannel, EventMap } from '../shared/contract'
import { reportQueryKey, type ExportResult, type HostKind } from '../shared/dto'
import { basename } from 'node:path'
import { beijingToday } from '../shared/calendar'
import { isAllowedExternalUrl } from '../shared/external-links'
import { AppError } from './app-error'
import type { Core } from './core'
import { ExportJobs, exportFileName, type ExportFile, type ExportTarget } from './export'
import { reportView } from './reports/report-view'
import { APP_VERSION } from './version'

/** What differs between hosts: where an export goes and how a link opens. */
export interface HostServices {
  kind: HostKind
  /** A small finished file (the account list): the host saves it or offers it for download. */
  saveExport(file: ExportFile): Promise<ExportResult>
  /**
   * Where a file of this name should be written before it is (Electron: the save dialog; the
   * browser host: a temp file served once); null when the user cancelled. Without it, exports
   * are written to a temp file and handed to saveExport.
   */
  prepareExport?(fileName: string, mime: string): Promise<ExportTarget | null>
  /** Opens an already allow-listed URL; false when the host leaves it to the renderer. */
  openExternal(url: string): Promise<boolean>
}

export interface CallContext {
  emit<E extends EventChannel>(event: E, payload: EventMap[E]): void
}

export type Handlers = {
  [C in CallChannel]: (input: CallInput<C>, ctx: CallContext) => Promise<CallOutput<C>>
}

const APP_INFO_PROBE_WAIT_MS = 1500

export function createHandlers(core: Core, host: HostServices, jobs: ExportJobs = new ExportJobs({ source: core, host, logger: core.logger })): Handlers {
  return {
    'app:info': async () => {
      // A fresh window starts from the truth about the network: wait briefly for a probe (a refused
      // connection answers at once); a slower answer still arrives as an app:connectivity event.
      await Promise.race([core.connectivity.check(), new Promise((r) => setTimeout(r, APP_INFO_PROBE_WAIT_MS))])
      return {
      version: APP_VERSION,
      host: host.kind,
      unsettledDays: core.settings().unsettledDays,
      connectivity: core.connectivity.current,
      // Only the file's name: the renderer never sees a path it did not pick.
      cacheRecovery: core.recovery ? { damagedFile: basename(core.recovery.damagedPath), reason: core.recovery.reason } : null,
      secretStorage: core.accounts.secretStorage()
      }
    },

    'accounts:list': async () => core.accounts.list(),

    'accounts:add': async (input) => core.accounts.add(input),

    'accounts:update': async ({ id, change }) => core.accounts.update(id, change),

    'accounts:remove': async ({ id }) => ({ removed: core.accounts.remove(id) }),

    'accounts:reorder': async ({ ids }) => core.accounts.reorder(ids),

    'accounts:test': async ({ id }) => core.accounts.test(id),

    'accounts:export': async () =>
      host.saveExport({
        fileName: exportFileName(['swanboard-accounts', beijingToday(core.now())], 'json'),
        mime: 'application/json',
        content: new TextEncoder().encode(core.accounts.exportJson())
      }),

    'accounts:import': async ({ json }) => core.accounts.importJson(json),

    'accounts:restore-demo': async () => core.accounts.restoreDemo(),

    'reports:get': async (query, ctx) => {
      const key = reportQueryKey(query)
      return reportView(core, query, { onProgress: (pagesDone, pagesTotal) => ctx.emit('reports:progress', { key, report: query.report, pagesDone, pagesTotal }) })
    },

    'export:start': async (request, ctx) => ({ jobId: jobs.start(request, ctx.emit) }),

    'export:cancel': async ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }),

    'shell:open-external': async ({ url }) => {
      if (!isAllowedExternalUrl(url)) throw new AppError('forbidden', 'link not on the allowlist')
      return { opened: await host.openExternal(url) }
    },

    'sync:start': async (request) => ({ runId: core.sync.start(request).runId }),

    'sync:cancel': async ({ runId }) => ({ cancelled: core.sync.cancel(runId) }),

    'sync:status': async () => core.sync.status(),

    'sync:interrupted': async () => core.sync.interrupted(),

    'sync:dismiss-interrupted': async ({ runId }) => ({ dismissed: core.sync.dismissInterrupted(runId) }),

    'settings:get': async () => core.settings(),

    'settings:set': async (change) => core.updateSettings(change)
  } satisfies Handlers
}
