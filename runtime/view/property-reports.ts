// Properties a parent's template changed in its child instances, gathered over one update and
// sent as one `properties` message (before the update's `instances` and its answer), so logic
// applies all of an instance's new values before its observers run, as the platform does for
// one setData, and the worker wakes once.

import type { PropertyChanges } from '../../bridge/protocol.ts'
import type { ComponentInstance } from './render/component.ts'

export class PropertyReports {
  private readonly pending = new Map<number, Record<string, unknown>>()

  constructor(
    /** Called once, a microtask after the first change no message's handling flushed. */
    private readonly late: () => void,
  ) {}

  readonly onProperty = (instance: ComponentInstance, name: string, value: unknown): void => {
    if (!this.pending.size) queueMicrotask(() => this.pending.size && this.late())
    let values = this.pending.get(instance.id)
    if (!values) this.pending.set(instance.id, (values = {}))
    values[name] = value
  }

  /** The pending changes, or null when there are none. */
  flush(): PropertyChanges[] | null {
    if (!this.pending.size) return null
    const out = [...this.pending].map(([instanceId, values]) => ({ instanceId, values }))
    this.pending.clear()
    return out
  }
}
