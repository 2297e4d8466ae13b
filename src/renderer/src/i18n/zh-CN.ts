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
    refreshing: '正在刷新…'
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
    accountsFailed: '账号列表加载失败'
  },
  export: {
    saved: '已导出到 {file}',
    download: '已开始下载 {file}',
    failed: '导出失败：{reason}'
  },
  errors: errorMessages('zh')
}

export type MessageSchema = typeof zhCN
export default zhCN
