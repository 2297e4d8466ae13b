// The demo account's smart programs. Tokens are shaped like authorizer tokens ("45." prefix) so the
// client's token-type logic sees a familiar form, but say plainly that they are fake.
import type { SimApp } from './types'

export const DEMO_APPS: readonly SimApp[] = Object.freeze([
  {
    appId: 'sim-1001',
    name: '天鹅示例·生活服务',
    token: '45.swanboard-demo.sim-1001',
    seed: 1001,
    baseUsers: 1500
  },
  {
    appId: 'sim-1002',
    name: '天鹅示例·资讯阅读',
    token: '45.swanboard-demo.sim-1002',
    seed: 7302,
    baseUsers: 12000
  },
  {
    appId: 'sim-1003',
    name: '天鹅示例·社区团购',
    token: '45.swanboard-demo.sim-1003',
    seed: 52917,
    baseUsers: 300
  }
].map((app) => Object.freeze(app)))
