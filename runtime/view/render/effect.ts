// An Effect evaluates something that reads data (an attribute, a text, a wx:if condition, a
// wx:for list) and applies the result to the DOM. While it runs, every data path it reads is
// recorded; afterwards it subscribes to exactly those paths in its owner's DepTree.

import type { DepNode, DepTree } from './deps.ts'

let reading: string[][] | null = null

/** Called by path lookups: the path just read (already as strings). */
export function recordRead(path: string[]): void {
  reading?.push(path)
}

/** The paths read so far by the running effect. */
export function currentReads(): readonly string[][] | null {
  return reading
}

export function isTracking(): boolean {
  return reading !== null
}

let nextSeq = 0
let flushId = 0

export abstract class Effect {
  /** Creation order: an effect always comes after the effects of the blocks that contain it. */
  readonly seq = nextSeq++
  disposed = false
  /** Structural effects (wx:if, wx:for, template data) run before plain value effects. */
  readonly structural: boolean = false
  private deps: DepNode<Effect>[] = []
  private ranIn = -1

  constructor(protected readonly tree: DepTree<Effect>) {}

  /** Evaluates and applies. Must only read data through the render helpers. */
  protected abstract execute(): void

  accepts?(path: readonly string[], depth: number): boolean

  run(): void {
    if (this.disposed) return
    this.ranIn = flushId
    const outer = reading
    const paths: string[][] = []
    reading = paths
    try {
      this.execute()
    } finally {
      reading = outer
    }
    this.resubscribe(paths)
  }

  /** Runs unless it already ran in the current flush. */
  runOnce(): void {
    if (this.ranIn !== flushId) this.run()
  }

  dispose(): void {
    if (this.disposed) return
    this.disposed = true
    for (const node of this.deps) this.tree.unsubscribe(node, this)
    this.deps = []
  }

  private resubscribe(paths: string[][]): void {
    const old = this.deps
    let same = old.length === paths.length
    const next: DepNode<Effect>[] = []
    for (let i = 0; i < paths.length; i++) {
      const node = this.tree.node(paths[i]!)
      if (same && old[i] !== node) same = false
      if (!next.includes(node)) next.push(node)
    }
    if (same) return
    // Subscribe before unsubscribing: unsubscribing prunes empty nodes, and a node still wanted
    // must not be pruned.
    for (const node of next) this.tree.subscribe(node, this)
    for (const node of old) if (!next.includes(node)) this.tree.unsubscribe(node, this)
    this.deps = next
  }
}

/** Runs the effects a change woke: structural ones first, in creation order, then the rest. */
export function runEffects(effects: Iterable<Effect>): void {
  const structural: Effect[] = []
  const values: Effect[] = []
  for (const effect of effects) (effect.structural ? structural : values).push(effect)
  structural.sort((a, b) => a.seq - b.seq)
  for (const effect of structural) effect.runOnce()
  for (const effect of values) effect.runOnce()
}

/** Starts a new flush: effects may run once more. */
export function beginFlush(): void {
  flushId++
}
