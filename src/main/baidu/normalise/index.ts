export { normalisePage } from './normalise-page'
export type { NormalisedPage } from './normalise-page'
export { NOT_READY, pickMetrics, readColumn, readColumns, toMetric, toText } from './values'
