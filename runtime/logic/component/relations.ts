// `relations` between instances in the composed tree. A pair links when both ends declare each
// other: the lower end a `parent` (the component it sits directly in, in the template that
// writes it: no element between) or `ancestor` (nearest matching one) relation, the upper end the matching `child` / `descendant` one. An end is named by a path
// relative to the declaring component's id, or by `target`: a Behavior the other end must have.
//
// Order (docs: `linked` runs after the node's `attached`, `unlinked` after its `detached`): right
// after a lower end's `attached`, for each of its relations, the upper end's `linked(lower)` then
// the lower end's `linked(upper)` (the upper-first order is mpsim's reading of the platform's
// implementation, not written in the docs; glass-easel's `triggerLinkEvent` does the same).
// `unlinked` runs in the same order after `detached`; after `moved` the link is looked up again:
// `linkChanged` when the other end is the same.

import type { MergedDefinition } from './behaviors.ts'
import type { Fn, OwnDefinition } from './definition.ts'
import { callUser, type InstanceHost, type InstanceRecord } from './instance.ts'

type RelationType = 'parent' | 'child' | 'ancestor' | 'descendant'

export interface RelationDef {
  /** The key as written in `relations`. */
  key: string
  type: RelationType
  /** The other end's component id (resolved path), when no `target` is given. */
  path: string | null
  target: OwnDefinition | null
  linked: Fn | null
  linkChanged: Fn | null
  unlinked: Fn | null
}

interface Link {
  upper: InstanceRecord
  upperRel: RelationDef
  lower: InstanceRecord
  lowerRel: RelationDef
}

const TYPES = new Set<string>(['parent', 'child', 'ancestor', 'descendant'])
const UPPER: Record<string, RelationType> = { parent: 'child', ancestor: 'descendant' }

const cache = new WeakMap<MergedDefinition, RelationDef[]>()

/** The definition's relations, normalized (invalid ones warned about and left out). */
export function relationDefs(def: MergedDefinition, warn: (m: string) => void): RelationDef[] {
  let defs = cache.get(def)
  if (defs) return defs
  defs = []
  for (const [key, raw] of Object.entries(def.relations)) {
    const r = (raw ?? {}) as Record<string, unknown>
    if (typeof r.type !== 'string' || !TYPES.has(r.type)) {
      warn(`Component "${def.id}": relation "${key}" has an invalid type ${String(r.type)}`)
      continue
    }
    const target = r.target && typeof r.target === 'object' ? (r.target as OwnDefinition) : null
    defs.push({
      key,
      type: r.type as RelationType,
      path: target ? null : resolvePath(def.id, key),
      target,
      linked: fnOrNull(r.linked),
      linkChanged: fnOrNull(r.linkChanged),
      unlinked: fnOrNull(r.unlinked),
    })
  }
  cache.set(def, defs)
  return defs
}

const fnOrNull = (x: unknown): Fn | null => (typeof x === 'function' ? (x as Fn) : null)

/** `request` relative to the directory of the component `from` (`/x` is from the root). */
export function resolvePath(from: string, request: string): string {
  const out = request.startsWith('/') ? [] : from.split('/').slice(0, -1)
  for (const part of request.replace(/\.js$/, '').split('/')) {
    if (part === '..') out.pop()
    else if (part && part !== '.') out.push(part)
  }
  return out.join('/')
}

const matches = (rel: RelationDef, other: MergedDefinition): boolean =>
  rel.target ? other.behaviors.has(rel.target) : rel.path === other.id

export class Relations {
  private readonly links = new Set<Link>()
  private readonly warn = (m: string) => this.host.warn(m)

  constructor(
    private readonly host: InstanceHost,
    /** The record of an instance's composed parent, if it is a live component. */
    private readonly parentOf: (rec: InstanceRecord) => InstanceRecord | undefined,
    /** The record of the component whose host is right above the instance's host in the
     *  template that wrote it (no plain element between), if there is one. */
    private readonly templateParentOf: (rec: InstanceRecord) => InstanceRecord | undefined,
  ) {}

  /** After `rec`'s attached: link its parent/ancestor relations whose upper end exists. */
  attach(rec: InstanceRecord): void {
    for (const lowerRel of relationDefs(rec.def, this.warn)) {
      const want = UPPER[lowerRel.type]
      if (!want) continue
      const found = this.findUpper(rec, lowerRel, want)
      if (!found) continue
      const link: Link = { upper: found[0], upperRel: found[1], lower: rec, lowerRel }
      this.links.add(link)
      this.call(link, 'linked')
    }
  }

  /** After `rec`'s moved: each of its parent/ancestor links is looked up again. The same other
   *  end gives `linkChanged` (upper end first), another one `unlinked` then `linked` (glass-easel's
   *  `triggerLinkEvent`). */
  moved(rec: InstanceRecord): void {
    for (const lowerRel of relationDefs(rec.def, this.warn)) {
      const want = UPPER[lowerRel.type]
      if (!want) continue
      const old = [...this.links].find((l) => l.lower === rec && l.lowerRel === lowerRel)
      const found = this.findUpper(rec, lowerRel, want)
      if (old && found && old.upper === found[0] && old.upperRel === found[1]) {
        this.call(old, 'linkChanged')
        continue
      }
      if (old) {
        this.links.delete(old)
        this.call(old, 'unlinked')
      }
      if (!found) continue
      const link: Link = { upper: found[0], upperRel: found[1], lower: rec, lowerRel }
      this.links.add(link)
      this.call(link, 'linked')
    }
  }

  /** After `rec`'s detached: every link it is an end of goes, both `unlinked` run. */
  detach(rec: InstanceRecord): void {
    for (const link of [...this.links]) {
      if (link.upper !== rec && link.lower !== rec) continue
      this.links.delete(link)
      this.call(link, 'unlinked')
    }
  }

  /** `getRelationNodes(key)`: the linked instances of relation `key` (or its resolved path),
   *  lower ends in creation order (mpsim's stand-in for tree order). */
  nodes(rec: InstanceRecord, key: string): unknown[] {
    const path = resolvePath(rec.def.id, key)
    const rel = relationDefs(rec.def, this.warn).find(
      (r) => r.key === key || (r.path !== null && r.path === path),
    )
    if (!rel) return []
    const out: InstanceRecord[] = []
    for (const l of this.links) {
      if (l.lower === rec && l.lowerRel === rel) out.push(l.upper)
      if (l.upper === rec && l.upperRel === rel) out.push(l.lower)
    }
    return out.sort((a, b) => a.instanceId - b.instanceId).map((r) => r.instance)
  }

  private findUpper(
    rec: InstanceRecord,
    lowerRel: RelationDef,
    want: RelationType,
  ): [InstanceRecord, RelationDef] | null {
    // `parent`: only the component the lower end sits directly in (a `<view>` between them, a
    // component on the platform too, stops the frameworks' walk); `ancestor`: any one above
    const first = want === 'child' ? this.templateParentOf(rec) : this.parentOf(rec)
    for (let p = first; p; p = want === 'child' ? undefined : this.parentOf(p)) {
      // the upper end is written in the same template as the lower one: the frameworks look
      // for it among the lower end's ancestors in its own shadow tree, never across a boundary
      if (p.ownerId !== rec.ownerId) break
      if (!matches(lowerRel, p.def)) continue
      const back = relationDefs(p.def, this.warn).find(
        (r) => r.type === want && matches(r, rec.def),
      )
      if (back) return [p, back]
    }
    return null
  }

  private call(link: Link, name: 'linked' | 'linkChanged' | 'unlinked'): void {
    const { upper, lower } = link
    const run = (self: InstanceRecord, rel: RelationDef, other: InstanceRecord) => {
      const fn = rel[name]
      if (!fn) return
      const at = `at "${self.def.id}" component relation ${name} function`
      callUser(this.host, self, at, () => fn.call(self.instance, other.instance))
    }
    run(upper, link.upperRel, lower)
    run(lower, link.lowerRel, upper)
  }
}
