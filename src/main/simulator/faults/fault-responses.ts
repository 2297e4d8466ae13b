// What each fault looks like on the wire. Gateway-level faults (5xx, an HTML page, errno 1000 /
// 5000 / 50029) replace the answer before the request is processed: nothing happens server-side.
// Delivery faults (truncated, slow-body, reset) damage a response that WAS produced, as a network
// does: a refresh whose answer is cut off has still spent its refresh token.
import { ERRNO, errnoResponse } from '../envelope'
import type { SimResponse } from '../types'
import type { FaultKind } from './fault-plan'

const HTML = { 'content-type': 'text/html; charset=utf-8' }

function nginxPage(status: string): string {
  return `<html>\r\n<head><title>${status}</title></head>\r\n<body>\r\n<center><h1>${status}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`
}

/** A verification page served with HTTP 200 (what a captcha wall or a portal sends instead of JSON). */
const HTML_PAGE =
  '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>百度安全验证</title></head>' +
  '<body><div class="timeout-title">网络不给力，请稍后重试</div><a href="/">返回首页</a></body></html>'

/** The replacement answer for a gateway-level fault; null for delivery faults. */
export function gatewayFault(kind: FaultKind): SimResponse | null {
  switch (kind) {
    case 'http500':
      return { status: 500, headers: HTML, body: nginxPage('500 Internal Server Error') }
    case 'http502':
      return { status: 502, headers: HTML, body: nginxPage('502 Bad Gateway') }
    case 'http503':
      return { status: 503, headers: {}, body: '' }
    case 'errno1000':
      return errnoResponse(ERRNO.internal, '系统错误 (internal error)')
    case 'errno5000':
      return errnoResponse(ERRNO.busy, '服务繁忙，请稍后再试 (busy)')
    case 'quota':
      return errnoResponse(ERRNO.quotaExceeded, '调用次数超过限额 (call quota exceeded)')
    case 'html':
      return { status: 200, headers: HTML, body: HTML_PAGE }
    default:
      return null
  }
}

/** `response` as a delivery fault leaves it; `detail` ∈ [0, 1) picks where it breaks. */
export function deliveryFault(kind: FaultKind, response: SimResponse, detail: number, slowBodyMs: number): SimResponse {
  if (kind === 'truncated') {
    // A valid body cut somewhere between a fifth and four fifths of the way, never whole.
    const keep = Math.min(response.body.length - 1, Math.max(1, Math.floor(response.body.length * (0.2 + 0.6 * detail))))
    return { ...response, body: response.body.slice(0, Math.max(0, keep)) }
  }
  if (kind === 'reset') {
    // A third of resets come before any byte (fetch itself fails), the rest part-way through the body.
    const bytes = Buffer.byteLength(response.body)
    const afterBytes = detail < 1 / 3 ? 0 : Math.max(1, Math.floor(bytes * (0.1 + 0.8 * ((detail - 1 / 3) * 1.5))))
    return { ...response, delivery: { kind: 'reset', afterBytes: Math.min(afterBytes, Math.max(0, bytes - 1)) } }
  }
  if (kind === 'slow-body') return { ...response, delivery: { kind: 'slow', durationMs: slowBodyMs } }
  return response
}
