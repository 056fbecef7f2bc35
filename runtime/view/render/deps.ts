// Which expressions read which data paths. Each page or component keeps a DepTree: a trie of
// path segments whose nodes hold the effects that read the value at that path. A change at path
// C triggers the effects registered on C's ancestors (they read a container of what changed) and
// everything below C (what they read was replaced) — and nothing else, so changing one row of a
// 10,000-row list reaches only that row's effects.

export interface Trigger {
  /** For shallow readers (a wx:for list): should a change at `path` wake it? `depth` is the
   *  length of the path it is registered at. */
  accepts?(path: readonly string[], depth: number): boolean
}

export class DepNode<E extends Trigger = Trigger> {
  /** The effects reading this path: most paths have one reader, kept without a Set. */
  subs: E | Set<E> | null = null
  kids: Map<string, DepNode<E>> | null = null
  constructor(
    readonly parent: DepNode<E> | null,
    readonly key: string,
  ) {}
}

export class DepTree<E extends Trigger = Trigger> {
  readonly root = new DepNode<E>(null, '')

  /** The node for `path`, created if needed. */
  node(path: readonly string[]): DepNode<E> {
    let node = this.root
    for (const key of path) {
      let kids = node.kids
      if (!kids) kids = node.kids = new Map()
      let next = kids.get(key)
      if (!next) {
        next = new DepNode(node, key)
        kids.set(key, next)
      }
      node = next
    }
    return node
  }

  subscribe(node: DepNode<E>, effect: E): void {
    const subs = node.subs
    if (subs === null) node.subs = effect
    else if (subs instanceof Set) subs.add(effect)
    else if (subs !== effect) node.subs = new Set([subs, effect])
  }

  unsubscribe(node: DepNode<E>, effect: E): void {
    const subs = node.subs
    if (subs === effect) node.subs = null
    else if (subs instanceof Set) {
      subs.delete(effect)
      if (!subs.size) node.subs = null
    }
    // Prune empty branches so that rows that come and go leave nothing behind.
    let n: DepNode<E> | null = node
    while (n && n.parent && n.subs === null && !n.kids?.size) {
      n.parent.kids!.delete(n.key)
      n = n.parent
    }
  }

  /** Adds to `out` every effect that a change at `path` affects. */
  collect(path: readonly string[], out: Set<E>): void {
    let node: DepNode<E> | undefined = this.root
    for (let depth = 0; depth < path.length; depth++) {
      if (depth > 0 && node.subs) addAccepting(node.subs, path, depth, out)
      node = node.kids?.get(path[depth]!)
      if (!node) return
    }
    addSubtree(node, out)
  }
}

function addAccepting<E extends Trigger>(
  subs: E | Set<E>,
  path: readonly string[],
  depth: number,
  out: Set<E>,
) {
  if (!(subs instanceof Set)) {
    if (!subs.accepts || subs.accepts(path, depth)) out.add(subs)
    return
  }
  for (const effect of subs) {
    if (!effect.accepts || effect.accepts(path, depth)) out.add(effect)
  }
}

function addSubtree<E extends Trigger>(node: DepNode<E>, out: Set<E>): void {
  const subs = node.subs
  if (subs instanceof Set) for (const effect of subs) out.add(effect)
  else if (subs) out.add(subs)
  if (node.kids) for (const kid of node.kids.values()) addSubtree(kid, out)
}
