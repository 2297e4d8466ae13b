// The fixtures are the reference's examples, verbatim, and the loader reads them without rewriting them.
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { fixtureNames, fixtureText, parseElided, referenceData } from './reference-fixture'

const REFERENCE = fileURLToPath(new URL('../../../../../shared/reference/baidu-smartapp-data-api.txt', import.meta.url))

const EXPECTED = [
  'activity',
  'habits-depth',
  'pages',
  'portrait',
  'region',
  'retention-day',
  'retention-month',
  'retention-week',
  'sources',
  'terminal-brand',
  'tp',
  'trend'
]

describe('reference fixtures', () => {
  it('hold every response example of the reference', () => {
    expect(fixtureNames()).toEqual(EXPECTED)
  })

  it.skipIf(!existsSync(REFERENCE))('are byte-for-byte the reference’s text', () => {
    const reference = readFileSync(REFERENCE, 'utf8')
    for (const name of EXPECTED) expect(reference.includes(fixtureText(name).replace(/\n$/, '')), name).toBe(true)
  })

  it.each(EXPECTED)('%s loads as a success envelope', (name) => {
    expect(referenceData(name)).toBeTypeOf('object')
  })
})

describe('parseElided', () => {
  it('drops elision lines and the comma each leaves before a closing bracket', () => {
    const text = ['{', '  "a": [', '    {"x": 1},', '    ...', '  ],', '  "b": {', '    "y": "2",', '    ......', '  }', '}'].join('\n')
    expect(parseElided(text)).toEqual({ a: [{ x: 1 }], b: { y: '2' } })
  })

  it('keeps a comma an elision line did not strand', () => {
    const text = ['{', '  "a": 1,', '  ...', '  "b": 2', '}'].join('\n')
    expect(parseElided(text)).toEqual({ a: 1, b: 2 })
  })

  it('leaves other invalid JSON invalid', () => {
    expect(() => parseElided('{"a": 1,}')).toThrow(SyntaxError)
  })

  it('keeps an elided example’s rows and values as written', () => {
    const trend = parseElided(fixtureText('trend')) as { data: { data_list: { name: string }[] } }
    expect(trend.data.data_list.map((r) => r.name)).toEqual(['2019/04/15', '2019/04/14'])
  })
})
