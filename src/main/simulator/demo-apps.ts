// The demo account's smart programs and their platform. Tokens are shaped like Baidu's ("45."
// authorizer, "46." refresh, "42." TP) so the client's token-type logic sees a familiar form, but
// say plainly that they are fake; app keys and secrets likewise.
import type { SimApp, SimTp } from './types'

function demoApp(appId: string, name: string, seed: number, baseUsers: number): SimApp {
  return Object.freeze({
    appId,
    name,
    token: `45.swanboard-demo.${appId}`,
    seed,
    baseUsers,
    refreshToken: `46.swanboard-demo.${appId}`,
    appKey: `swanboard-demo-key-${appId}`,
    appSecret: `swanboard-demo-secret-${appId}`
  })
}

// One app per order of magnitude of daily users: hundreds, thousands, tens and hundreds of thousands.
export const DEMO_APPS: readonly SimApp[] = Object.freeze([
  demoApp('sim-1001', '天鹅示例·生活服务', 1001, 1500),
  demoApp('sim-1002', '天鹅示例·资讯阅读', 7302, 12000),
  demoApp('sim-1003', '天鹅示例·社区团购', 52917, 300),
  demoApp('sim-1004', '天鹅示例·出行工具', 80423, 240000),
  demoApp('sim-1005', '天鹅示例·教育培训', 33151, 4500)
])

export const DEMO_TP_TOKEN = '42.swanboard-demo.tp-01'

export const DEMO_TP: SimTp = Object.freeze({
  tpId: 'tp-01',
  name: '天鹅示例服务商',
  token: DEMO_TP_TOKEN,
  appIds: Object.freeze(DEMO_APPS.map((app) => app.appId))
})
