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
  report: {
    refresh: 'Refresh',
    refreshTitle: "Ignore the cache and fetch this tab's data from Baidu again",
    exportGroup: 'Export this tab',
    exportXlsx: 'Export to Excel',
    exportXlsxTitle: 'Export this report as an Excel workbook (the same numbers as on screen)',
    exportCsvTitle: 'Export as CSV (UTF-8, opens in Excel)',
    exportRows: '{rows} rows written',
    tableTitle: 'Details',
    rowCount: '{n} rows',
    summary: 'Total',
    partial: 'Partial',
    partialHint: 'Weeks or months marked “Partial” are cut by the date range and hold only the days inside it: do not compare them with whole ones.',
    expand: 'Expand',
    collapse: 'Collapse',
    expandAll: 'Expand all',
    collapseAll: 'Collapse all',
    chartMetric: 'Chart metric',
    topNote: 'The chart shows the top {n} of {total}'
  },
  overview: {
    yesterday: 'Yesterday',
    rangeNote: 'The overview always shows yesterday (Beijing time), whatever the date range above.',
    kpiTitle: "Yesterday's key metrics",
    vsDay: 'vs. day before',
    vsWeek: 'vs. a week before',
    vsMonth: 'vs. 30 days before',
    sparkLabel: '“{metric}” over the last 30 days',
    entryPages: 'Top {n} entry pages',
    visitedPages: 'Top {n} visited pages',
    pagesRange: 'Last {days} days ({from} to {to})',
    page: 'Page',
    share: 'Share',
    empty: 'No data for yesterday'
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
    compare: 'Compare',
    compareNone: 'No comparison',
    comparePrevious: 'Previous period',
    compareYear: 'A year before',
    comparePreviousHint: 'Compare with the same number of days right before',
    compareYearHint: 'Compare with the same days 364 days earlier (52 weeks, weekdays aligned)',
    comparePreviousShort: 'previous period',
    compareYearShort: 'a year before',
    vsPrevious: 'vs. previous period',
    vsYear: 'vs. a year before',
    compareLoading: 'Loading the comparison…',
    compareFailed: 'Could not load the comparison: {reason}'
  },
  activity: {
    users: 'Daily / weekly / monthly active users',
    degrees: 'Activity',
    lost: 'Lost users',
    cumulative: 'Cumulative users'
  },
  retention: {
    type: 'Retention measure',
    gran: 'Retention period',
    curveTitle: 'Average retention',
    curveNote: 'Mean retention rate after periods 2 to {n}, over the cohorts that have reached each period',
    average: 'Average retention rate',
    tableTitle: 'Cohorts (heat map)',
    notReached: 'This cohort has not reached this period yet: there is no number (it is not 0)',
    notReachedNote: 'Darker means higher retention; “--” marks a period not reached yet (not 0).'
  },
  portrait: {
    age: 'Age',
    sex: 'Sex',
    interest: 'Interests',
    note: 'Share, in %'
  },
  region: {
    chartTitle: 'Provinces ranked',
    tableTitle: 'All provinces'
  },
  terminal: {
    type: 'Terminal dimension',
    chartTitle: '{type}: ranking',
    tableTitle: '{type}: details'
  },
  pages: {
    chartTitle: 'Top 10 pages',
    tableTitle: 'All pages',
    search: 'Search page paths or aliases',
    page: 'Page',
    matches: '{n} of {total} pages match'
  },
  habits: {
    type: 'Habit dimension',
    chartTitle: '{type}: distribution'
  },
  sources: {
    chartTitle: 'Source shares',
    tableTitle: 'Sources and scenes',
    count: '{groups} sources, {scenes} scenes'
  },
  tp: {
    totalsTitle: 'Range totals',
    chartTitle: 'Daily trend',
    sum: 'Range total',
    average: 'Daily average',
    latest: 'Latest day'
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
    accountsFailed: 'Could not load the accounts'
  },
  export: {
    saved: 'Exported to {file}',
    download: 'Download started: {file}',
    failed: 'Export failed: {reason}'
  },
  exportJob: {
    all: 'Export all',
    allTitle: "Export every report of this account for the chosen date range into one Excel workbook",
    portfolio: 'Export portfolio',
    portfolioTitle: 'Compare several accounts in one workbook',
    portfolioDialog: 'Export a portfolio',
    portfolioIntro: "One row per account, comparing the key metrics of the chosen date range.",
    range: 'Date range: {from} to {to}',
    allAccounts: 'All accounts ({n})',
    perAccountSheets: "Also add each account's reports",
    perAccountSheetsHint: 'One sheet per report of each account: a much larger file.',
    start: 'Start export',
    starting: 'Starting…',
    collecting: 'Collecting data',
    writing: 'Writing sheets',
    finishing: 'Finishing the file',
    counts: '{done} / {total} · {rows} rows',
    cancel: 'Cancel export',
    cancelling: 'Cancelling…',
    cancelled: 'Export cancelled; no file was left behind.',
    failed: 'Export failed: {reason}',
    close: 'Close'
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
    interrupted: {
      title: 'The last sync did not finish',
      body: 'The sync started {time} ({accounts}, {from} to {to}) stopped after {done} of {total} requests. Resuming fetches only what is missing.',
      allAccounts: 'all accounts',
      accounts: '{n} accounts',
      resume: 'Resume',
      dismiss: 'Dismiss',
      dismissFailed: 'Could not dismiss it: {reason}'
    },
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
