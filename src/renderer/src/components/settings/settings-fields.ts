// The settings dialog's fields: control, range and step each. Ranges mirror appSettingsSchema, which
// stays the one validator; these only choose the control and word the error.
import type { AppSettings } from '../../../../shared/sync'

export type NumberSettingKey = Exclude<keyof AppSettings, 'autoSyncOnOpen'>

export interface NumberField {
  key: NumberSettingKey
  min: number
  max: number
  step: number
  integer: boolean
}

export interface SettingsSection {
  id: 'cache' | 'sync' | 'network'
  numbers: readonly NumberField[]
  /** The auto-sync switch sits in the sync section. */
  autoSync?: boolean
}

export const SETTINGS_SECTIONS: readonly SettingsSection[] = [
  {
    id: 'cache',
    numbers: [
      { key: 'unsettledDays', min: 0, max: 14, step: 1, integer: true },
      { key: 'unsettledTtlMinutes', min: 1, max: 7 * 24 * 60, step: 5, integer: true }
    ]
  },
  { id: 'sync', numbers: [], autoSync: true },
  {
    id: 'network',
    numbers: [
      { key: 'globalConcurrency', min: 1, max: 64, step: 1, integer: true },
      { key: 'accountConcurrency', min: 1, max: 16, step: 1, integer: true },
      { key: 'accountRequestsPerSecond', min: 0.5, max: 200, step: 0.5, integer: false }
    ]
  }
]

export const NUMBER_FIELDS: readonly NumberField[] = SETTINGS_SECTIONS.flatMap((s) => s.numbers)
