// The pages of one smart program: which paths it has, their ids, aliases and habits (how often a
// page is where a session starts or ends, how long people stay). Drawn once from the seed.
import { PAGE_ALIASES, PAGE_PATHS } from '../catalog/page-names'
import { gaussian, hashKeys, salt, unit } from '../hash'
import { createLruCache } from '../lru-cache'
import type { SimApp } from '../types'

export interface SimPage {
  /** A long digit string, like Baidu's page ids. */
  pageId: string
  pageName: string
  pageAlias: string
  /** Relative page views. */
  weight: number
  /** Relative chance that a session starts here (home and shared detail pages lead). */
  entry: number
  /** Relative chance that a session ends here. */
  exit: number
  /** Relative time spent per view. */
  stay: number
}

const S = {
  count: salt('page-count'),
  order: salt('page-order'),
  id: salt('page-id'),
  weight: salt('page-weight'),
  entry: salt('page-entry'),
  exit: salt('page-exit'),
  stay: salt('page-stay'),
  alias: salt('page-alias')
}

function pageId(seed: number, i: number): string {
  const head = 1 + (hashKeys(seed, S.id, i, 1) % 9)
  const body = String(hashKeys(seed, S.id, i, 2)).padStart(10, '0')
  const tail = String(hashKeys(seed, S.id, i, 3) % 100_000_000).padStart(8, '0')
  return `${head}${body}${tail}`
}

function drawPages(seed: number): SimPage[] {
  const count = 8 + Math.floor(unit(seed, S.count) * 14)
  const [home, ...rest] = PAGE_PATHS
  const others = rest
    .map((path, i) => ({ path, order: unit(seed, S.order, i) }))
    .sort((a, b) => a.order - b.order)
    .slice(0, count - 1)
    .map((p) => p.path)
  return [home!, ...others].map((path, i) => ({
    pageId: pageId(seed, i),
    pageName: path,
    pageAlias: PAGE_ALIASES[path] !== undefined && unit(seed, S.alias, i) < 0.5 ? PAGE_ALIASES[path] : '',
    // Zipf-like: the home page leads, a long tail follows.
    weight: Math.pow(i + 1, -1.1) * Math.exp(0.3 * gaussian(seed, S.weight, i)),
    entry: i === 0 ? 1 : 0.1 + 0.5 * unit(seed, S.entry, i),
    exit: 0.2 + 0.8 * unit(seed, S.exit, i),
    stay: Math.exp(0.4 * gaussian(seed, S.stay, i))
  }))
}

const sets = createLruCache<SimPage[]>(256)

export function pageSet(app: Pick<SimApp, 'seed'>): readonly SimPage[] {
  return sets.get(String(app.seed), () => drawPages(app.seed))
}
