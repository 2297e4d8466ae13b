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
  report: {
    refresh: '刷新',
    refreshTitle: '忽略缓存，从百度重新获取本页数据',
    exportGroup: '导出本页',
    exportXlsx: '导出 Excel',
    exportXlsxTitle: '把本页报表导出为 Excel 工作簿（与屏幕上的数据一致）',
    exportCsvTitle: '导出为 CSV（UTF-8，可用 Excel 打开）',
    exportRows: '已写入 {rows} 行',
    tableTitle: '明细数据',
    rowCount: '共 {n} 行',
    summary: '合计',
    partial: '不完整',
    partialHint: '标“不完整”的周或月被日期范围截断，只含范围内的天数，不宜与完整的周、月直接比较。',
    expand: '展开',
    collapse: '收起',
    expandAll: '全部展开',
    collapseAll: '全部收起',
    chartMetric: '图表指标',
    topNote: '图中显示前 {n} 名（共 {total} 项）'
  },
  overview: {
    yesterday: '昨天',
    rangeNote: '概况固定显示昨天（北京时间），不随上方的日期范围变化。',
    kpiTitle: '昨日关键指标',
    vsDay: '较前一天',
    vsWeek: '较上周同日',
    vsMonth: '较 30 天前',
    sparkLabel: '「{metric}」近 30 天趋势',
    entryPages: '入口页 Top {n}',
    visitedPages: '受访页 Top {n}',
    pagesRange: '近 {days} 天（{from} 至 {to}）',
    page: '页面',
    share: '占比',
    empty: '昨天暂无数据'
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
    compare: '对比',
    compareNone: '不对比',
    comparePrevious: '上一周期',
    compareYear: '去年同期',
    comparePreviousHint: '与紧接在前、天数相同的时段对比',
    compareYearHint: '与 364 天前（52 周，星期对齐）的同一时段对比',
    comparePreviousShort: '上一周期',
    compareYearShort: '去年同期',
    vsPrevious: '较上一周期',
    vsYear: '较去年同期',
    compareLoading: '正在加载对比数据…',
    compareFailed: '对比数据加载失败：{reason}'
  },
  activity: {
    users: '日活 / 周活 / 月活',
    degrees: '活跃度',
    lost: '流失用户',
    cumulative: '累计用户'
  },
  retention: {
    type: '留存指标',
    gran: '留存周期',
    curveTitle: '平均留存率',
    curveNote: '各期群在第 2 至第 {n} 个周期的留存率平均值（只计已到达该周期的期群）',
    average: '平均留存率',
    tableTitle: '留存明细（热力图）',
    notReached: '该期群尚未到达这个周期，数据还不存在（不是 0）',
    notReachedNote: '颜色越深留存越高；“--”表示该周期尚未到达（不是 0）。'
  },
  portrait: {
    age: '年龄分布',
    sex: '性别分布',
    interest: '兴趣分布',
    note: '占比，单位 %'
  },
  region: {
    chartTitle: '省份排行',
    tableTitle: '各省份数据'
  },
  terminal: {
    type: '终端维度',
    chartTitle: '{type}排行',
    tableTitle: '各{type}数据'
  },
  pages: {
    chartTitle: '页面排行 Top 10',
    tableTitle: '全部页面',
    search: '搜索页面路径或别名',
    page: '页面',
    matches: '匹配 {n} / {total} 个页面'
  },
  habits: {
    type: '习惯维度',
    chartTitle: '{type}分布'
  },
  sources: {
    chartTitle: '来源占比',
    tableTitle: '来源与场景',
    count: '{groups} 个来源，{scenes} 个场景'
  },
  tp: {
    totalsTitle: '区间汇总',
    chartTitle: '每日趋势',
    sum: '区间合计',
    average: '日均',
    latest: '最新一天'
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
    accountsFailed: '账号列表加载失败'
  },
  export: {
    saved: '已导出到 {file}',
    download: '已开始下载 {file}',
    failed: '导出失败：{reason}'
  },
  exportJob: {
    all: '导出全部',
    allTitle: '把当前账号在所选日期范围内的全部报表导出为一个 Excel 工作簿',
    portfolio: '导出组合',
    portfolioTitle: '把多个账号放在一个工作簿里对比',
    portfolioDialog: '导出组合',
    portfolioIntro: '每个账号一行，对比所选日期范围内的关键指标。',
    range: '日期范围：{from} 至 {to}',
    allAccounts: '全部账号（{n} 个）',
    perAccountSheets: '同时附上每个账号的全部报表',
    perAccountSheetsHint: '每个账号的每个报表各占一个工作表，文件会大很多。',
    start: '开始导出',
    starting: '正在开始…',
    collecting: '正在收集数据',
    writing: '正在写入工作表',
    finishing: '正在完成文件',
    counts: '{done} / {total} · {rows} 行',
    cancel: '取消导出',
    cancelling: '正在取消…',
    cancelled: '导出已取消，没有留下文件。',
    failed: '导出失败：{reason}',
    close: '关闭'
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
    interrupted: {
      title: '上次同步未完成',
      body: '{time} 开始的同步（{accounts}，{from} 至 {to}）在完成 {done}/{total} 个请求后中断。继续同步只会获取缺失的数据。',
      allAccounts: '全部账号',
      accounts: '{n} 个账号',
      resume: '继续同步',
      dismiss: '忽略',
      dismissFailed: '无法忽略：{reason}'
    },
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
