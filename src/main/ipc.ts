// Electron IPC: one handler per contract call, each refusing senders that are not our main frame.
import type { IpcMain, IpcMainInvokeEvent, WebFrameMain } from 'electron'
import { CALL_CHANNELS } from '../shared/channels'
import type { Envelope } from '../shared/errors'
import { dispatch } from './dispatch'
import type { CallContext, Handlers } from './handlers'
import type { Logger } from './log'

export interface IpcDeps {
  handlers: Handlers
  logger: Logger
  context: CallContext
  /** True only for the main frame of our own window showing our own origin. */
  isTrustedSender(frame: WebFrameMain | null): boolean
}

export function registerIpc(ipcMain: IpcMain, deps: IpcDeps): void {
  for (const channel of CALL_CHANNELS) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, input: unknown): Promise<Envelope<unknown>> => {
      if (!deps.isTrustedSender(event.senderFrame)) {
        deps.logger.log('warn', `refused ${channel} from an untrusted frame`)
        return Promise.resolve({ ok: false, code: 'forbidden', message: 'untrusted sender', retryable: false })
      }
      return dispatch(deps.handlers, channel, input, deps.context, deps.logger)
    })
  }
}

/** The trusted-sender rule: same frame as the window's main frame, and an app URL. */
export function isOwnMainFrame(frame: WebFrameMain | null, main: WebFrameMain | undefined, isAppUrl: (url: string) => boolean): boolean {
  if (!frame || !main) return false
  return frame.processId === main.processId && frame.routingId === main.routingId && frame.parent === null && isAppUrl(frame.url)
}
