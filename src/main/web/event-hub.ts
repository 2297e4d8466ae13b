// Server-sent events: the browser host's push channel, one stream per open page.
import type { ServerResponse } from 'node:http'
import type { EventChannel, EventMap } from '../../shared/contract'

export class EventHub {
  private readonly clients = new Set<ServerResponse>()

  attach(res: ServerResponse): void {
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive'
    })
    res.write(': connected\n\n')
    this.clients.add(res)
    res.on('close', () => this.clients.delete(res))
  }

  emit<E extends EventChannel>(event: E, payload: EventMap[E]): void {
    const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`
    for (const res of this.clients) res.write(frame)
  }

  closeAll(): void {
    for (const res of this.clients) res.end()
    this.clients.clear()
  }
}
