// KeepAlive moves a hidden tab's DOM out of the document. Chart.js sees its canvas detach, shrinks
// it to 0 × 0, and on the way back can miss the redraw: a blank chart until the window is resized.
// A chart shown again is therefore redrawn once it exists (vue-chartjs may be re-creating it).
// For a component below the kept-alive view, onActivated fires on re-insertion, not on first mount.
import type { Chart } from 'chart.js'
import { onActivated, type Ref } from 'vue'

/** What vue-chartjs exposes on its component: the Chart.js instance. */
export type ChartHolder = { chart?: Chart | null }

const MAX_FRAMES = 10

export function useChartRepaint(target: Ref<ChartHolder | null>): void {
  onActivated(() => {
    let frames = 0
    const repaint = (): void => {
      const chart = target.value?.chart
      if (!chart) {
        if (++frames < MAX_FRAMES) requestAnimationFrame(repaint)
        return
      }
      chart.resize()
      chart.update('none')
    }
    requestAnimationFrame(repaint)
  })
}
