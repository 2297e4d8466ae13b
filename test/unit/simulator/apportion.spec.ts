import { describe, expect, it } from 'vitest'
import { cappedRemainder, largestRemainder, percentShares } from '../../../src/main/simulator/apportion'
import { percentPair } from '../../../src/main/simulator/metric-format'

describe('largestRemainder', () => {
  it('sums exactly to the total and follows the weights', () => {
    expect(largestRemainder(10, [1, 1, 1])).toEqual([4, 3, 3])
    expect(largestRemainder(100, [3, 1])).toEqual([75, 25])
    // Quotas 3.5, 1.75, 1.75: the two spare units go to the largest remainders, not the largest part.
    expect(largestRemainder(7, [0.5, 0.25, 0.25])).toEqual([3, 2, 2])
    for (let total = 0; total < 500; total += 37) {
      const parts = largestRemainder(total, [2.2, 1.3, 0.8, 0.5, 6.6, 5.6])
      expect(parts.reduce((a, b) => a + b, 0)).toBe(total)
      expect(parts.every((p) => Number.isInteger(p) && p >= 0)).toBe(true)
    }
  })

  it('splits evenly when no weight is positive, and handles no parts', () => {
    expect(largestRemainder(5, [0, 0])).toEqual([3, 2])
    expect(largestRemainder(5, [])).toEqual([])
  })
})

describe('percentPair', () => {
  it('gives two shares that add up to exactly 100', () => {
    for (let whole = 1; whole < 400; whole++) {
      for (let part = 0; part <= whole; part += 7) {
        const [a, b] = percentPair(part, whole)
        expect(a + b).toBe(100)
      }
    }
    expect(percentPair(5620, 6838)).toEqual([82.19, 17.81])
    expect(percentPair(0, 0)).toEqual([0, 0])
  })
})

describe('cappedRemainder', () => {
  it('never exceeds a cap, and hands what a capped part cannot take to the others', () => {
    expect(cappedRemainder(10, [8, 1, 1], [3, 10, 10])).toEqual([3, 4, 3])
    expect(cappedRemainder(6, [1, 1, 1], [2, 2, 2])).toEqual([2, 2, 2])
    for (let total = 0; total <= 60; total += 7) {
      const caps = [5, 30, 2, 0, 40]
      const parts = cappedRemainder(total, [10, 1, 5, 3, 1], caps)
      expect(parts.reduce((a, b) => a + b, 0)).toBe(total)
      parts.forEach((p, i) => expect(p).toBeLessThanOrEqual(caps[i]!))
    }
  })

  it('follows the weights when no cap bites, and drops only what no cap can hold', () => {
    expect(cappedRemainder(10, [1, 1, 3], [100, 100, 100])).toEqual(largestRemainder(10, [1, 1, 3]))
    expect(cappedRemainder(10, [1, 1], [2, 3])).toEqual([2, 3])
  })
})

describe('percentShares', () => {
  it('gives two-decimal shares that add up to exactly 100.00, zero for zero parts', () => {
    for (const parts of [[1, 1, 1], [7102, 68, 6, 3, 0, 0], [1, 2, 3, 4, 5, 6, 7], [999_999, 1]]) {
      const shares = percentShares(parts)
      expect(shares.reduce((a, s) => a + Math.round(s * 100), 0)).toBe(10_000)
      parts.forEach((p, i) => {
        if (p === 0) expect(shares[i]).toBe(0)
        expect(Math.abs(shares[i]! - (p / parts.reduce((a, b) => a + b, 0)) * 100)).toBeLessThan(0.01)
      })
    }
    expect(percentShares([0, 0])).toEqual([0, 0])
  })
})
