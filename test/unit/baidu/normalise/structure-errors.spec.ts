// Answers that are not the report's shape are protocol errors, named after the endpoint.
import { describe, expect, it } from 'vitest'
import { ApiError } from '../../../../src/main/baidu/api-error'
import { normalisePage } from '../../../../src/main/baidu/normalise'
import { REPORT_IDS, resolveVariant, type ReportId } from '../../../../src/shared/reports'

function failure(report: ReportId, data: unknown): ApiError {
  try {
    normalisePage(report, resolveVariant(report), data)
  } catch (err) {
    expect(err).toBeInstanceOf(ApiError)
    return err as ApiError
  }
  throw new Error('expected a protocol error')
}

describe('structural errors', () => {
  it.each(REPORT_IDS)('%s: data that is not an object', (report) => {
    for (const data of [null, undefined, [], 'success', 0]) {
      const err = failure(report, data)
      expect(err.code).toBe('protocol')
      expect(err.retryable).toBe(false)
    }
  })

  it.each(REPORT_IDS.filter((r) => r !== 'tp'))('%s: data_list that is not an array', (report) => {
    expect(failure(report, { total: 1, data_list: 'nope' }).message).toMatch(/data_list is not an array/)
    expect(failure(report, { total: 1, data_list: { 0: {} } }).code).toBe('protocol')
  })

  it.each(REPORT_IDS)('%s: a row that is not an object', (report) => {
    for (const row of [1, 'row', null, [{}]]) {
      const data = report === 'tp' ? { total: 1, result: [row] } : { total: 1, data_list: [row] }
      expect(failure(report, data).message).toMatch(/\[0\] is not an object/)
    }
  })

  it('names the endpoint in the message', () => {
    expect(failure('sources', { total: 1, data_list: 3 }).message).toBe('getanalysissource: data_list is not an array (3)')
  })

  it.each(REPORT_IDS.filter((r) => r !== 'portrait'))('%s: total missing or not a row count', (report) => {
    for (const total of [undefined, '--', '', -1, 1.5, 'six', null]) {
      expect(failure(report, { total, data_list: [] }).message).toMatch(/total is missing or not a row count/)
    }
  })

  it('says what it got instead', () => {
    expect(failure('trend', { total: '--', data_list: [] }).message).toBe('getanalysisusertrend: total is missing or not a row count ("--")')
    expect(failure('trend', { data_list: [] }).message).toBe('getanalysisusertrend: total is missing or not a row count (absent)')
    expect(failure('trend', { total: 1, data_list: ['x'.repeat(500)] }).message.length).toBeLessThan(120)
  })

  it('sum that is not an object', () => {
    expect(failure('trend', { total: 0, sum: '--', data_list: [] }).message).toMatch(/sum is not an object/)
    expect(failure('region', { total: 0, sum: [], data_list: [] }).code).toBe('protocol')
  })

  it('tp: result that is not an array', () => {
    expect(failure('tp', { total: 1, result: { data: '20190301' } }).message).toMatch(/^gettpdata: result is not an array/)
  })

  it('sources: a group whose name is not an array, or a scene that is not an object', () => {
    expect(failure('sources', { total: 1, data_list: [{ name: '原生' }] }).message).toMatch(/data_list\[0\]\.name is not an array/)
    expect(failure('sources', { total: 1, data_list: [{ name: [{}, 'x'] }] }).message).toMatch(/data_list\[0\]\.name\[1\] is not an object/)
  })

  it('portrait: a dimension that is not an array, or an attribute that is not an object', () => {
    expect(failure('portrait', { data_list: [{ age: 'young' }] }).message).toMatch(/data_list\[0\]\.age is not an array/)
    expect(failure('portrait', { data_list: [{ sex: [null] }] }).message).toMatch(/data_list\[0\]\.sex\[0\] is not an object/)
  })
})
