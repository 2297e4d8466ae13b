import { accountsZh } from './accounts-zh'
import { errorMessages } from './error-messages'

const zhCN = {
  app: {
    name: 'Swanboard',
    tagline: '百度智能小程序数据报表'
  },
  header: {
    account: '账号',
    accountPlaceholder: '选择账号',
    noAccounts: '暂无账号',
    demo: '演示',
    docs: '数据说明',
    docsTitle: '百度智能小程序数据接口说明（在浏览器中打开）',
    themeDark: '切换到深色模式',
    themeLight: '切换到浅色模式',
    localeLabel: 'Switch to English',
    localeOther: 'EN'
  },
  range: {
    label: '日期范围',
    start: '开始日期',
    end: '结束日期',
    to: '至',
    presets: {
      yesterday: '昨天',
      last7: '近 7 天',
      last30: '近 30 天',
      last90: '近 90 天',
      thisMonth: '本月',
      lastMonth: '上月'
    },
    thisMonthUnavailable: '今天是本月第一天，本月还没有完整数据',
    days: '共 {n} 天'
  },
  tabs: {
    label: '报表'
  },
  trend: {
    gran: '时间粒度',
    granHourHint: '按小时：所选日期范围内每个时段（0 点至 23 点）的合计，而非逐小时序列。',
    metrics: '图表指标',
    metricsPlaceholder: '选择要绘制的指标',
    chartTitle: '趋势',
    chartEmpty: '请至少选择一个指标',
    chartLabel: '用户趋势折线图',
    kpiTitle: '区间汇总',
    kpiToggle: '在图表中显示或隐藏「{metric}」',
    tableTitle: '明细数据',
    rows: '共 {n} 行',
    summary: '合计',
    refresh: '刷新',
    refreshTitle: '忽略缓存，从百度重新获取',
    export: '导出 Excel'
  },
  asOf: {
    fetchedAt: '数据获取于 {time}',
    cache: '来自本地缓存',
    network: '来自百度接口',
    settled: '数据已定稿',
    unsettled: '近期数据可能仍会变化',
    stale: '刷新失败：{reason} 当前显示的是之前缓存的数据。',
    refreshing: '正在刷新…',
    offline: '离线 · 显示本地缓存的数据'
  },
  state: {
    loading: '正在加载数据…',
    progress: '已获取 {done} / {total} 页',
    empty: '所选日期范围内暂无数据',
    emptyHint: '可以换一个日期范围或时间粒度试试。',
    errorTitle: '数据加载失败',
    errno: '错误码 {errno}',
    retry: '重试',
    noAccount: '还没有可用的账号',
    noAccountHint: '添加一个百度智能小程序账号，或恢复演示账号先体验一下。',
    addAccount: '添加账号',
    restoreDemo: '恢复演示账号',
    noReport: '第三方平台账号没有单个小程序的报表',
    noReportHint: '平台汇总报表即将推出。要查看用户趋势等报表，请在上方选择一个小程序账号。',
    chooseAccount: '选择小程序账号',
    accountsFailed: '账号列表加载失败'
  },
  export: {
    saved: '已导出到 {file}',
    download: '已开始下载 {file}',
    failed: '导出失败：{reason}'
  },
  sync: {
    open: '数据同步',
    openTitle: '打开同步面板：选择账号和报表，把数据同步到本地缓存',
    all: '同步全部账号',
    allTitle: '同步所有账号在当前日期范围内的全部报表',
    indicator: '同步中 {percent}%',
    indicatorAuto: '自动同步中 {percent}%',
    indicatorTitle: '查看同步进度',
    title: '数据同步',
    intro: '把百度接口的数据同步到本地缓存；离线时报表仍可从缓存显示。',
    range: '日期范围',
    rangeHint: '使用页面顶部选择的日期范围',
    runRange: '{from} 至 {to}',
    days: '共 {n} 天',
    scope: '账号',
    scopeCurrent: '当前账号',
    scopeCurrentNamed: '当前账号：{name}',
    scopeAll: '全部账号（{n} 个）',
    reports: '报表',
    reportsAll: '全选',
    reportsNone: '清空',
    reportsNeeded: '请至少选择一个报表',
    refresh: '忽略缓存，全部重新获取',
    refreshHint: '会发出更多请求，一般不需要勾选。',
    start: '开始同步',
    starting: '正在开始…',
    offlineHint: '当前处于离线状态，同步很可能会失败。',
    failed: '同步操作失败',
    running: '正在同步',
    requests: '请求 {done}/{total}',
    rows: '行 {n}',
    eta: '剩余约 {time}',
    etaUnknown: '正在估算剩余时间',
    etaSoon: '即将完成',
    snapshots: '快照 {done}/{total}',
    current: '当前任务',
    waiting: '等待第一个请求…',
    cancel: '取消同步',
    cancelling: '正在取消…',
    done: '同步完成',
    doneWithErrors: '同步完成，部分任务出错',
    cancelled: '同步已取消',
    cancelledNote: '已获取的数据已保存，未完成的部分下次同步时会继续。',
    restoredNote: '这是上一次同步的结果。',
    summarySnapshots: '快照',
    summaryRows: '行数',
    summaryRequests: '请求数',
    summaryDuration: '用时',
    summaryErrors: '错误',
    errorsTitle: '出错的任务',
    again: '再次同步',
    tasks: '任务明细',
    taskRequests: '{n} 次请求',
    taskRows: '{n} 行',
    taskState: {
      pending: '等待',
      running: '进行中',
      done: '完成',
      skipped: '已跳过',
      error: '出错'
    }
  },
  offline: {
    banner: '离线：显示本地缓存的数据',
    reason: '原因：{reason}'
  },
  cacheRecovery: {
    title: '本地缓存文件已损坏',
    body: '已将其另存为 {file}，之后会重新同步数据。',
    reason: '详情：{reason}'
  },
  settings: {
    open: '设置',
    title: '设置',
    cache: '缓存',
    sync: '同步',
    network: '请求速度',
    localNote: '界面语言和深浅色主题在页面右上角切换。',
    rangeHint: '范围：{min}–{max}',
    rangeInt: '请输入 {min} 到 {max} 之间的整数',
    rangeNumber: '请输入 {min} 到 {max} 之间的数字',
    fields: {
      unsettledDays: {
        label: '未定稿天数',
        help: '截至昨天的最近几天，百度可能还会修正数据，这些天的缓存过期后会重新获取；更早的数据一旦缓存便不再请求。'
      },
      unsettledTtlMinutes: {
        label: '缓存有效期（分钟）',
        help: '未定稿日期的缓存在这段时间内视为最新，不会重新请求。'
      },
      autoSyncOnOpen: {
        label: '打开时自动同步',
        help: '启动应用且网络可用时，自动同步当前账号在所选日期范围内的报表。'
      },
      globalConcurrency: {
        label: '总并发请求数',
        help: '所有账号合计同时进行的请求数。'
      },
      accountConcurrency: {
        label: '单账号并发请求数',
        help: '每个账号同时进行的请求数。'
      },
      accountRequestsPerSecond: {
        label: '单账号每秒请求数',
        help: '每个账号每秒最多发起的请求数；设得过高可能触发百度的调用频率限制。'
      }
    },
    defaults: '恢复默认值',
    cancel: '取消',
    save: '保存',
    saved: '设置已保存',
    unchanged: '没有修改',
    loadFailed: '设置加载失败',
    saveFailed: '设置保存失败：{reason}'
  },
  accounts: accountsZh,
  errors: errorMessages('zh')
}

export type MessageSchema = typeof zhCN
export default zhCN
