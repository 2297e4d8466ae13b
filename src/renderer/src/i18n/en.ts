import { accountsEn } from './accounts-en'
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
    refreshing: 'Refreshing…',
    offline: 'Offline · showing cached data'
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
    noAccountHint: 'Add a Baidu smart program account, or restore the demo accounts to look around first.',
    addAccount: 'Add account',
    restoreDemo: 'Restore demo accounts',
    noReport: 'A platform account has no per-program reports',
    noReportHint: 'The platform summary is coming soon. To see the user trend and other reports, choose a smart program account above.',
    chooseAccount: 'Choose a program account',
    accountsFailed: 'Could not load the accounts'
  },
  export: {
    saved: 'Exported to {file}',
    download: 'Download started: {file}',
    failed: 'Export failed: {reason}'
  },
  sync: {
    open: 'Sync',
    openTitle: 'Open the sync panel: choose accounts and reports to copy into the local cache',
    all: 'Sync all accounts',
    allTitle: 'Sync every report of every account for the current date range',
    indicator: 'Syncing {percent}%',
    indicatorAuto: 'Auto-sync {percent}%',
    indicatorTitle: 'Show sync progress',
    title: 'Sync data',
    intro: "Copies data from Baidu's API into the local cache; reports still show from the cache when offline.",
    range: 'Date range',
    rangeHint: 'The date range chosen at the top of the page',
    runRange: '{from} to {to}',
    days: '{n} days',
    scope: 'Accounts',
    scopeCurrent: 'This account',
    scopeCurrentNamed: 'This account: {name}',
    scopeAll: 'All accounts ({n})',
    reports: 'Reports',
    reportsAll: 'All',
    reportsNone: 'None',
    reportsNeeded: 'Choose at least one report',
    refresh: 'Ignore the cache and fetch everything again',
    refreshHint: 'Makes many more requests; rarely needed.',
    start: 'Start sync',
    starting: 'Starting…',
    offlineHint: 'The app is offline; a sync will probably fail.',
    failed: 'The sync action failed',
    running: 'Syncing',
    requests: 'Requests {done}/{total}',
    rows: 'Rows {n}',
    eta: 'About {time} left',
    etaUnknown: 'Estimating time left',
    etaSoon: 'Almost done',
    snapshots: 'Snapshots {done}/{total}',
    current: 'Now',
    waiting: 'Waiting for the first request…',
    cancel: 'Cancel sync',
    cancelling: 'Cancelling…',
    done: 'Sync finished',
    doneWithErrors: 'Sync finished with errors',
    cancelled: 'Sync cancelled',
    cancelledNote: 'What was fetched is saved; the next sync picks up the rest.',
    restoredNote: 'This is the result of the last sync.',
    summarySnapshots: 'Snapshots',
    summaryRows: 'Rows',
    summaryRequests: 'Requests',
    summaryDuration: 'Duration',
    summaryErrors: 'Errors',
    errorsTitle: 'Failed tasks',
    again: 'Sync again',
    tasks: 'Tasks',
    taskRequests: '{n} request | {n} requests',
    taskRows: '{n} row | {n} rows',
    taskState: {
      pending: 'Waiting',
      running: 'Running',
      done: 'Done',
      skipped: 'Skipped',
      error: 'Failed'
    }
  },
  offline: {
    banner: 'Offline: showing data from the local cache',
    reason: 'Reason: {reason}'
  },
  cacheRecovery: {
    title: 'The local cache file was damaged',
    body: 'It was set aside as {file}; the data will be synced again.',
    reason: 'Details: {reason}'
  },
  settings: {
    open: 'Settings',
    title: 'Settings',
    cache: 'Cache',
    sync: 'Sync',
    network: 'Request pace',
    localNote: 'Language and light/dark theme are switched at the top right of the page.',
    rangeHint: 'Range: {min}–{max}',
    rangeInt: 'Enter a whole number from {min} to {max}',
    rangeNumber: 'Enter a number from {min} to {max}',
    fields: {
      unsettledDays: {
        label: 'Unsettled days',
        help: 'Baidu may still revise the last few days up to yesterday; their cached copy is fetched again once it expires. Older data, once cached, is never requested again.'
      },
      unsettledTtlMinutes: {
        label: 'Cache freshness (minutes)',
        help: 'How long a cached copy of unsettled days counts as fresh, without asking Baidu again.'
      },
      autoSyncOnOpen: {
        label: 'Sync when the app opens',
        help: "When the app starts and the network is up, sync the current account's reports for the chosen date range."
      },
      globalConcurrency: {
        label: 'Requests at once (all accounts)',
        help: 'Requests in flight at the same time across all accounts.'
      },
      accountConcurrency: {
        label: 'Requests at once (per account)',
        help: 'Requests in flight at the same time for one account.'
      },
      accountRequestsPerSecond: {
        label: 'Requests per second (per account)',
        help: "Requests started per second for one account; too high may hit Baidu's rate limit."
      }
    },
    defaults: 'Restore defaults',
    cancel: 'Cancel',
    save: 'Save',
    saved: 'Settings saved',
    unchanged: 'Nothing changed',
    loadFailed: 'Could not load the settings',
    saveFailed: 'Could not save the settings: {reason}'
  },
  accounts: accountsEn,
  errors: errorMessages('en')
}

export default en
