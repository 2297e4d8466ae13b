// Each tab's view.
import type { Component } from 'vue'
import ActivityView from './ActivityView.vue'
import HabitsView from './HabitsView.vue'
import OverviewView from './OverviewView.vue'
import PagesView from './PagesView.vue'
import PortraitView from './PortraitView.vue'
import RegionView from './RegionView.vue'
import RetentionView from './RetentionView.vue'
import SourcesView from './SourcesView.vue'
import TerminalView from './TerminalView.vue'
import TpView from './TpView.vue'
import TrendView from './TrendView.vue'
import type { TabId } from './tabs'

export const TAB_VIEWS: Record<TabId, Component> = {
  overview: OverviewView,
  trend: TrendView,
  activity: ActivityView,
  retention: RetentionView,
  portrait: PortraitView,
  region: RegionView,
  terminal: TerminalView,
  pages: PagesView,
  habits: HabitsView,
  sources: SourcesView,
  tp: TpView
}
