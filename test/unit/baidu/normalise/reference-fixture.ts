// Loads the JSON response examples of the API reference, saved verbatim in test/fixtures/reference.
// The reference elides rows and keys with lines holding only dots ("..." or "......"), so its
// examples are not valid JSON. The loader drops those lines and the trailing comma each one leaves
// on the line before a closing bracket; it changes nothing else. The files themselves stay
// byte-for-byte as in the reference (reference-fixtures.spec.ts checks that when it can).
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const FIXTURE_DIR = fileURLToPath(new URL('../../../fixtures/reference/', import.meta.url))

const ELISION = /^\s*\.{3,}\s*$/
const CLOSER = /^\s*[}\]]/

export function fixtureNames(): string[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort()
}

export function fixtureText(name: string): string {
  return readFileSync(`${FIXTURE_DIR}${name}.json`, 'utf8')
}

/** The example with its elision lines (and the commas they strand) removed, parsed. */
export function parseElided(text: string): unknown {
  const kept: string[] = []
  let elided = false
  for (const line of text.split('\n')) {
    if (ELISION.test(line)) {
      elided = true
      continue
    }
    if (elided && CLOSER.test(line) && kept.length > 0) {
      kept[kept.length - 1] = kept[kept.length - 1]!.replace(/,(\s*)$/, '$1')
    }
    if (line.trim() !== '') elided = false
    kept.push(line)
  }
  return JSON.parse(kept.join('\n'))
}

/** The envelope's `data` of one example: what the client hands to normalisePage. */
export function referenceData(name: string): unknown {
  const envelope = parseElided(fixtureText(name)) as { errno: number; data: unknown }
  if (envelope.errno !== 0) throw new Error(`${name}: not a success example`)
  return envelope.data
}
