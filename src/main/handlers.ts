// Main's implementation of every contract call. `satisfies Handlers` makes a missing one a compile error.
import type { CallChannel, CallInput, CallOutput, EventChannel, EventMap } from '../shared/contract'
import { trendQueryKey, type ExportResult, type HostKind } from '../shared/dto'
import { basename } from 'node:path'
import { beijingToday } from '../shared/calendar'
import { isAllowedExternalUrl } from '../shared/external-links'
import { AppError } from './app-error'
import type { Core } from './core'
import { buildTrendWorkbook, exportFileName, XLSX_MIME, type ExportFile } from './export'
import { APP_VERSION } from './version'

/** What differs between hosts: where an export goes and how a link opens. */
export interface HostServices {
  kind: HostKind
  saveExport(file: ExportFile): Promise<ExportResult>
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

export function createHandlers(core: Core, host: HostServices): Handlers {
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
      cacheRecovery: core.recovery ? { damagedFile: basename(core.recovery.damagedPath), reason: core.recovery.reason } : null
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

    'reports:trend': async (query, ctx) => {
      const key = trendQueryKey(query)
      return core.trend.get(query, {
        onProgress: (pagesDone, pagesTotal) => ctx.emit('reports:progress', { key, report: 'trend', pagesDone, pagesTotal })
      })
    },

    'export:trend': async ({ query, locale }) => {
      const account = core.accounts.get(query.accountId).summary
      const report = await core.trend.get({ ...query, refresh: false })
      const generatedAt = core.now()
      const workbook = buildTrendWorkbook({ report, account, locale, generatedAt })
      const content = new Uint8Array(await workbook.xlsx.writeBuffer())
      const fileName = exportFileName([account.name, locale === 'en' ? 'trend' : '用户趋势', query.gran, `${query.from}-${query.to}`], 'xlsx')
      return host.saveExport({ fileName, mime: XLSX_MIME, content })
    },

    'shell:open-external': async ({ url }) => {
      if (!isAllowedExternalUrl(url)) throw new AppError('forbidden', 'link not on the allowlist')
      return { opened: await host.openExternal(url) }
    },

    'sync:start': async (request) => ({ runId: core.sync.start(request).runId }),

    'sync:cancel': async ({ runId }) => ({ cancelled: core.sync.cancel(runId) }),

    'sync:status': async () => core.sync.status(),

    'settings:get': async () => core.settings(),

    'settings:set': async (change) => core.updateSettings(change)
  } satisfies Handlers
}
