// Bodies as the transports send them, including the delivery faults: a body cut off by a reset,
// and a body trickled out slowly.

/** The error a reset leaves behind, shaped like Node's (undici puts it in a TypeError's cause). */
export function connectionReset(): Error {
  return Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET', errno: -104, syscall: 'read' })
}

/** The body in about ten pieces, for trickling. */
export function chunksOf(bytes: Uint8Array, pieces = 10): Uint8Array[] {
  const size = Math.max(1, Math.ceil(bytes.length / pieces))
  const out: Uint8Array[] = []
  for (let at = 0; at < bytes.length; at += size) out.push(bytes.subarray(at, at + size))
  return out
}
