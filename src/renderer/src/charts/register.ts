// Only the Chart.js pieces the app draws with, so the rest is tree-shaken away.
import { BarController, BarElement, CategoryScale, Chart, Filler, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js'

let registered = false

export function registerCharts(): void {
  if (registered) return
  Chart.register(LineController, LineElement, PointElement, BarController, BarElement, CategoryScale, LinearScale, Filler, Tooltip, Legend)
  registered = true
}
