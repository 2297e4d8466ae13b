// Page paths a smart program is built from; each app takes its own subset (the home page first).
export const PAGE_PATHS: readonly string[] = [
  'pages/index/index',
  'pages/detail/detail',
  'pages/list/list',
  'pages/search/search',
  'pages/index/list/list',
  'pages/article/article',
  'pages/user/user',
  'pages/order/order',
  'pages/order/detail',
  'pages/cart/cart',
  'pages/yuyue/yuyue',
  'pages/category/category',
  'pages/webview/webview',
  'pages/login/login',
  'pages/pay/pay',
  'pages/coupon/coupon',
  'pages/address/address',
  'pages/message/message',
  'pages/setting/setting',
  'pages/share/share',
  'pages/video/video',
  'pages/comment/comment',
  'pages/service/service',
  'pages/news/news',
  'pages/help/help'
]

/** Aliases some developers set in the console; most pages have none (""). */
export const PAGE_ALIASES: Readonly<Record<string, string>> = {
  'pages/index/index': '首页',
  'pages/detail/detail': '详情页',
  'pages/search/search': '搜索',
  'pages/user/user': '个人中心',
  'pages/pay/pay': '支付'
}
