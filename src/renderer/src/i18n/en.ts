import { errorMessages } from './error-messages'
import type { MessageSchema } from './zh-CN'

const en: MessageSchema = {
  app: {
    name: 'Swanboard',
    tagline: 'Baidu smart program reports'
  },
  header: {
    account: 'Account',
    accountPlaceholder: 'Choose an account',
    noAccounts: 'No accounts',
    demo: 'Demo',
    docs: 'Data docs',
    docsTitle: "Baidu's data API documentation (opens in the browser)",
    themeDark: 'Switch to dark mode',
    themeLight: 'Switch to light mode',
    localeLabel: '切换到中文',
    localeOther: '中文'
  },
  range: {
    label: 'Date range',
    start: 'Start date',
    end: 'End date',
    to: 'to',
    presets: {
      yesterday: 'Yesterday',
      last7: 'Last 7 days',
      last30: 'Last 30 days',
      last90: 'Last 90 days',
      thisMonth: 'This month',
      lastMonth: 'Last month'
    },
    thisMonthUnavailable: 'Today is the 1st: this month has no complete day yet',
    days: '{n} days'
  },
  tabs: {
    label: 'Reports'
  },
  trend: {
    gran: 'Granularity',
    granHourHint: 'By hour: each hour of the day (0–23) summed over the whole range, not an hourly series.',
    metrics: 'Chart metrics',
    metricsPlaceholder: 'Choose metrics to plot',
    chartTitle: 'Trend',
    chartEmpty: 'Choose at least one metric',
    chartLabel: 'User trend line chart',
    kpiTitle: 'Range totals',
    kpiToggle: 'Show or hide “{metric}” in the chart',
    tableTitle: 'Details',
    rows: '{n} rows',
    summary: 'Total',
    refresh: 'Refresh',
    refreshTitle: 'Ignore the cache and fetch from Baidu again',
    export: 'Export to Excel'
  },
  asOf: {
    fetchedAt: 'Fetched {time}',
    cache: 'from local cache',
    network: 'from Baidu API',
    settled: 'final',
    unsettled: 'recent days may still change',
    stale: 'Refresh failed: {reason} Showing the older cached copy.',
    refreshing: 'Refreshing…'
  },
  state: {
    loading: 'Loading data…',
    progress: '{done} of {total} pages fetched',
    empty: 'No data for the chosen date range',
    emptyHint: 'Try another date range or granularity.',
    errorTitle: 'Could not load the data',
    errno: 'Error code {errno}',
    retry: 'Retry',
    noAccount: 'No account is available yet',
    accountsFailed: 'Could not load the accounts'
  },
  export: {
    saved: 'Exported to {file}',
    download: 'Download started: {file}',
    failed: 'Export failed: {reason}'
  },
  errors: errorMessages('en')
}

export default en
