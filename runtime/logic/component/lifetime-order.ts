// The order lifetimes run in for a set of instances, as the platform's component framework
// (exparser, glass-easel) walks its tree. Measured with j-component (exparser) and read in
// glass-easel's `checkAndCallAttached` / `checkAndCallDetached` / `checkAndCallMoved`:
// - `created`: a component's shadow tree is built before its own `created` runs, so the
//   instances its template makes come first (post-order over the owner tree);
// - `attached`: pre-order over the composed tree: the node, its shadow tree, then the content
//   placed in it (its slot content);
// - `ready`: as `created` (j-component's `dfsExparserTree`: shadow tree, then the node);
// - `detached` and `moved`: post-order over the composed tree: slot content, shadow tree, the
//   node.
// Siblings keep the order the view created them in (instance ids grow in document order).

export interface TreeNode {
  instanceId: number
  /** The instance whose template made this one (0: the page). */
  ownerId: number
  /** The composed parent (the component whose host or slot holds it), null when unknown. */
  parentId: number | null
}

type Children<T> = Map<number, T[]>

function childrenBy<T extends TreeNode>(nodes: T[], parentOf: (n: T) => number | null) {
  const ids = new Set(nodes.map((n) => n.instanceId))
  const roots: T[] = []
  const children: Children<T> = new Map()
  for (const n of [...nodes].sort((a, b) => a.instanceId - b.instanceId)) {
    const p = parentOf(n)
    if (p === null || p === n.instanceId || !ids.has(p)) roots.push(n)
    else {
      const list = children.get(p)
      if (list) list.push(n)
      else children.set(p, [n])
    }
  }
  return { roots, children }
}

/** `created` and `ready`: what a template makes, before the instance whose template it is. */
export function ownerPostOrder<T extends TreeNode>(nodes: T[]): T[] {
  const { roots, children } = childrenBy(nodes, (n) => n.ownerId)
  const out: T[] = []
  const visit = (n: T) => {
    for (const c of children.get(n.instanceId) ?? []) visit(c)
    out.push(n)
  }
  roots.forEach(visit)
  return out
}

/** Composed children of `n`: its slot content (made by others) and its shadow tree (its own). */
function split<T extends TreeNode>(n: T, children: Children<T>): { light: T[]; shadow: T[] } {
  const all = children.get(n.instanceId) ?? []
  return {
    light: all.filter((c) => c.ownerId !== n.instanceId),
    shadow: all.filter((c) => c.ownerId === n.instanceId),
  }
}

/** `attached`: the node, its shadow tree, then its slot content. */
export function composedPreOrder<T extends TreeNode>(nodes: T[]): T[] {
  const { roots, children } = childrenBy(nodes, (n) => n.parentId ?? n.ownerId)
  const out: T[] = []
  const visit = (n: T) => {
    out.push(n)
    const { light, shadow } = split(n, children)
    shadow.forEach(visit)
    light.forEach(visit)
  }
  roots.forEach(visit)
  return out
}

/** `detached` and `moved`: slot content, then the shadow tree, then the node. */
export function composedPostOrder<T extends TreeNode>(nodes: T[]): T[] {
  const { roots, children } = childrenBy(nodes, (n) => n.parentId ?? n.ownerId)
  const out: T[] = []
  const visit = (n: T) => {
    const { light, shadow } = split(n, children)
    light.forEach(visit)
    shadow.forEach(visit)
    out.push(n)
  }
  roots.forEach(visit)
  return out
}
