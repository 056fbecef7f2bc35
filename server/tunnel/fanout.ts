// How a push reaches the instance that holds the tunnel. Alone, a push is handled in place. With
// Redis, every push is published and each instance delivers to the tunnels it holds, and the
// tunnel registry lives in Redis, so a client may connect to any instance.

import { Redis } from 'ioredis'

export type Command = { op: 'send'; ids?: string[]; data: string } | { op: 'close'; ids?: string[] }

export interface TunnelMeta {
  callbackUrl?: string
}

export interface Fanout {
  readonly shared: boolean
  publish(command: Command): Promise<void>
  onCommand(handler: (command: Command) => void): void
  register(id: string, meta: TunnelMeta): Promise<void>
  lookup(id: string): Promise<TunnelMeta | null>
  forget(id: string): Promise<void>
  close(): Promise<void>
}

export function localFanout(): Fanout {
  const registry = new Map<string, TunnelMeta>()
  let handler: (command: Command) => void = () => {}
  return {
    shared: false,
    publish: async (command) => handler(command),
    onCommand: (h) => void (handler = h),
    register: async (id, meta) => void registry.set(id, meta),
    lookup: async (id) => registry.get(id) ?? null,
    forget: async (id) => void registry.delete(id),
    close: async () => {},
  }
}

const CHANNEL = 'mpsim:tunnel:commands'
const KEY = 'mpsim:tunnel:'
/** A tunnel never connected to is forgotten after a day. */
const REGISTRY_TTL_S = 24 * 60 * 60

export async function redisFanout(url: string): Promise<Fanout> {
  const redis = new Redis(url)
  const subscriber = new Redis(url)
  let handler: (command: Command) => void = () => {}
  subscriber.on('message', (_channel: string, text: string) => handler(JSON.parse(text) as Command))
  await subscriber.subscribe(CHANNEL)
  return {
    shared: true,
    publish: async (command) => void (await redis.publish(CHANNEL, JSON.stringify(command))),
    onCommand: (h) => void (handler = h),
    register: async (id, meta) =>
      void (await redis.set(KEY + id, JSON.stringify(meta), 'EX', REGISTRY_TTL_S)),
    lookup: async (id) => {
      const text = await redis.get(KEY + id)
      return text ? (JSON.parse(text) as TunnelMeta) : null
    },
    forget: async (id) => void (await redis.del(KEY + id)),
    close: async () => {
      await subscriber.quit()
      await redis.quit()
    },
  }
}
