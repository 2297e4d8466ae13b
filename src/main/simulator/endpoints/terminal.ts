// POST /rest/2.0/smartapp/data/getanalysisterminal (终端分布); terminal_type is required.
import { rangeEndpoint } from '../range-endpoint'
import { TERMINAL_TYPES } from '../../../shared/reports'
import { readChoice } from '../param-validation'
import { terminalAnswer } from './terminal-rows'

const SUM_KEYS = [
  'accumulative_session_count',
  'accumulative_session_count_ratio',
  'accumulative_new_user_count_ratio',
  'accumulative_user_count_ratio',
  'average_use_time'
]
const NETWORK_SUM_KEYS = ['accumulative_session_count', 'accumulative_session_count_ratio', 'average_use_time']

export const terminalEndpoint = rangeEndpoint({
  name: 'getanalysisterminal',
  variant: (params) => readChoice(params, 'terminal_type', TERMINAL_TYPES),
  variantKey: (type) => type,
  emptySum: (type) => (type === 'terminal_network' ? NETWORK_SUM_KEYS : SUM_KEYS),
  answer: terminalAnswer
})
