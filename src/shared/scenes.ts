// Labels for source-analysis scene ids (api-facts.md) and for the source groups that hold them.
import type { Bilingual } from './reports'

export const SCENE_LABELS: Readonly<Record<string, Bilingual>> = {
  '10810008': { zh: '自然结果', en: 'Organic search result' },
  '10810009': { zh: '阿拉丁', en: 'Aladdin card' },
  '10810012': { zh: '搜索词推荐直达', en: 'Search suggestion' },
  '10810013': { zh: '语音直达', en: 'Voice search' },
  '10810014': { zh: '小程序单卡', en: 'Smart-program card' },
  '10810083': { zh: '小程序Tab', en: 'Smart-program tab' },
  '10910015': { zh: '信息流直接推荐', en: 'Feed recommendation' },
  '10910016': { zh: '落地页自动挂载', en: 'Landing-page mount' },
  '11010018': { zh: '闪投', en: 'Flash ads' },
  '11010019': { zh: '品专', en: 'Brand zone' },
  '11010020': { zh: '原生', en: 'Native ads' },
  '11010061': { zh: '凤巢', en: 'Fengchao ads' },
  '11010072': { zh: '品牌', en: 'Brand ads' },
  '11110029': { zh: '百家号文章挂载', en: 'Baijiahao article' },
  '11310021': { zh: '服务消息', en: 'Service message' },
  '11310004': { zh: '营销消息', en: 'Marketing message' },
  '11600000': { zh: '分享', en: 'Share' },
  '11700000': { zh: '小程序打开小程序', en: 'Opened by a smart program' },
  '11800000': { zh: '扫码', en: 'QR code' },
  '12010043': { zh: '常用服务', en: 'Frequent services' },
  '12010044': { zh: '顶部横滑模块', en: 'Top carousel' },
  '12010045': { zh: '历史', en: 'History' },
  '12010046': { zh: '活动中心', en: 'Activity centre' },
  '12110047': { zh: '下拉二楼推荐', en: 'Pull-down recommendation' },
  '12110048': { zh: '下拉二楼历史', en: 'Pull-down history' },
  '12300000': { zh: '桌面快捷', en: 'Home-screen shortcut' },
  '12500000': { zh: '多任务', en: 'Multitasking' },
  '0': { zh: '其他', en: 'Other' }
}

/** A scene's label; an id the table does not know shows as the id itself. */
export function sceneLabel(sceneId: string): Bilingual {
  return SCENE_LABELS[sceneId] ?? { zh: sceneId, en: sceneId }
}

// Groups carry a `source` id but no name. These labels are inferred from which scenes the
// reference's example puts in each group (not published by Baidu).
export const SOURCE_GROUP_LABELS: Readonly<Record<string, Bilingual>> = {
  '6': { zh: '桌面快捷', en: 'Home-screen shortcut' },
  '10': { zh: '其他', en: 'Other' },
  '13': { zh: '分享', en: 'Sharing' },
  '37': { zh: '百度搜索', en: 'Baidu search' },
  '39': { zh: '广告', en: 'Advertising' },
  '40': { zh: '百家号', en: 'Baijiahao' },
  '44': { zh: '小程序跳转', en: 'Other smart programs' },
  '45': { zh: '百度App首页', en: 'Baidu app home' },
  '46': { zh: '下拉二楼', en: 'Pull-down panel' },
  '48': { zh: '多任务', en: 'Multitasking' }
}

export const UNKNOWN_SOURCE: Bilingual = { zh: '未知来源', en: 'Unknown source' }

/** A group's label from its source id; unknown ids show as "来源 <id>". */
export function sourceGroupLabel(source: string | null): Bilingual {
  if (source === null) return UNKNOWN_SOURCE
  return SOURCE_GROUP_LABELS[source] ?? { zh: `来源 ${source}`, en: `Source ${source}` }
}
