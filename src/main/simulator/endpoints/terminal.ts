// POST /rest/2.0/smartapp/data/getanalysisterminal (终端分布); terminal_type is required.
import { TERMINAL_TYPES } from '../../../shared/reports'
import { modelKey } from '../app-launch'
import type { AppEndpointDefinition } from '../endpoint'
import { createLruCache } from '../lru-cache'
import { readChoice, readDateRange, readStartIndex } from '../param-validation'
import { appRange } from '../report-range'
import { emptyAnswer, tableAnswer } from '../table-answer'
import { terminalAnswer } from './terminal-rows'

const answers = createLruCache<ReturnType<typeof terminalAnswer>>(64)
const SUM_KEYS = [
  'accumulative_session_count',
  'accumulative_session_count_ratio',
  'accumulative_new_user_count_ratio',
  'accumulative_user_count_ratio',
  'average_use_time'
]
const NETWORK_SUM_KEYS = ['accumulative_session_count', 'accumulative_session_count_ratio', 'average_use_time']

export const terminalEndpoint: AppEndpointDefinition = {
  name: 'getanalysisterminal',
  methods: ['POST'],
  token: 'app',
  respond({ app, params, now }) {
    const requested = readDateRange(params)
    const type = readChoice(params, 'terminal_type', TERMINAL_TYPES)
    const startIndex = readStartIndex(params)
    const range = appRange(app, requested, now)
    if (!range) return emptyAnswer(requested, startIndex, type === 'terminal_network' ? NETWORK_SUM_KEYS : SUM_KEYS)
    const key = `${modelKey(app)}:${range.from}:${range.to}:${type}`
    const { rows, sum } = answers.get(key, () => terminalAnswer(app, range, type))
    return tableAnswer(range, startIndex, rows, sum)
  }
}
