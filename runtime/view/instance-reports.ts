// What the view tells the logic thread about component instances: created, removed, moved (in a
// keyed wx:for row), and hosts whose id, class or dataset changed. Changes made while handling
// one message are reported together, before the message's own answer (firstRender,
// setDataDone), so logic knows them when it gets it. The composed parent, id, classes and dataset
// are read at that flush: at creation the host is not inserted yet.

import type { InstanceChanges, InstanceCreated } from '../../bridge/protocol.ts'
import { PAGE_INSTANCE_ID, type ComponentInstance } from './render/component.ts'
import { getInfo, type ElementInfo } from './render/element-info.ts'
import { ancestry } from './render/tree.ts'
import type { View, ViewOptions } from './render/view.ts'

export class InstanceReports {
  private readonly created = new Map<number, [ComponentInstance, ElementInfo | null]>()
  private readonly removed: number[] = []
  private readonly moved = new Map<number, ComponentInstance>()
  private readonly hosts = new Map<number, ElementInfo>()

  readonly onInstance: NonNullable<ViewOptions['onInstance']> = (change, instance, info) => {
    const id = instance.id
    if (change === 'created') this.created.set(id, [instance, info])
    else if (change === 'removed') {
      if (!this.created.delete(id)) this.removed.push(id)
      this.moved.delete(id)
      this.hosts.delete(id)
    } else if (this.created.has(id)) return
    else if (change === 'moved') this.moved.set(id, instance)
    else if (info) this.hosts.set(id, info)
  }

  /** The pending changes as one `instances` message body, or null when there are none. */
  flush(view: View | null): InstanceChanges | null {
    if (!this.created.size && !this.removed.length && !this.moved.size && !this.hosts.size)
      return null
    const out: InstanceChanges = {
      created: [...this.created.values()].map(([c, info]) => created(view, c, info)),
      removed: this.removed.splice(0),
    }
    if (this.moved.size)
      out.moved = [...this.moved.values()].map((c) => ({
        instanceId: c.id,
        parentId: composedParentId(view, c.host),
      }))
    if (this.hosts.size)
      out.hosts = [...this.hosts].map(([instanceId, info]) => ({ instanceId, ...hostFields(info) }))
    this.created.clear()
    this.moved.clear()
    this.hosts.clear()
    return out
  }
}

function created(
  view: View | null,
  instance: ComponentInstance,
  info: ElementInfo | null,
): InstanceCreated {
  const owner = instance.parent?.id ?? PAGE_INSTANCE_ID
  return {
    instanceId: instance.id,
    componentId: instance.def.id,
    ownerId: owner,
    parentId: composedParentId(view, instance.host) ?? owner,
    templateParentId: templateParentId(view, instance),
    ...hostFields(info),
    properties: instance.properties(),
  }
}

function hostFields(info: ElementInfo | null) {
  const classText = info?.classText
  return {
    id: info?.id ?? '',
    dataset: { ...(info?.dataset ?? {}) },
    classes: classText ? classText.split(/\s+/).filter(Boolean) : [],
  }
}

/** The nearest component above `host` in the composed tree (slot content sits inside the host
 *  of the component that places it), the page, or null when `host` is not in the page. */
function composedParentId(view: View | null, host: Element): number | null {
  if (!view) return null
  if (!view.virtuals.size) {
    // no virtual hosts to put back: the DOM's parents are the composed tree (no arrays made,
    // this runs for every instance a render creates)
    for (let n = host.parentNode; n; n = n.parentNode) {
      const component = getComponent(n)
      if (component) return component.id
      if (n === view.page?.host) return PAGE_INSTANCE_ID
    }
    return null
  }
  const stop = (n: Node) => !!getComponent(n) || n === view.page?.host
  for (const n of ancestry(view, host, stop).slice(1)) {
    const component = getComponent(n)
    if (component) return component.id
    if (n === view.page?.host) return PAGE_INSTANCE_ID
  }
  return null
}

const getComponent = (n: Node) => getInfo(n)?.component ?? null

/** The component whose host is the element right above `instance`'s host in its owner's
 *  template, or null when that is a plain element or the page: nodes other templates wrote
 *  (the shadow tree around a slot) are passed, the first one of the owner's decides. */
function templateParentId(view: View | null, instance: ComponentInstance): number | null {
  if (!view) return null
  const above = view.virtuals.size ? ancestry(view, instance.host).slice(1) : parents(instance.host)
  for (const n of above) {
    if (n === view.page?.host) return null
    const info = getInfo(n)
    if (!info || info.owner !== instance.parent) continue
    return info.component?.id ?? null
  }
  return null
}

/** The nodes above `node`, nearest first (the composed tree when there are no virtual hosts). */
function* parents(node: Node): Generator<Node> {
  for (let n = node.parentNode; n; n = n.parentNode) yield n
}
