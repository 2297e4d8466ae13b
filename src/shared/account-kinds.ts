// What each kind of account can report on.
import type { AccountKind } from './accounts'
import { APP_REPORT_IDS, type ReportId } from './reports'

/** A TP platform account sees the platform summary; every other kind is one smart program. */
export function reportsForKind(kind: AccountKind): readonly ReportId[] {
  return kind === 'tp' ? ['tp'] : APP_REPORT_IDS
}
