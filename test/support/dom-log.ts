// Records DOM mutations made through the standard node methods, so a test can assert exactly
// which nodes an update touched ("one row changed, one node touched").

export interface DomOp {
  op: 'insert' | 'remove' | 'attr' | 'removeAttr' | 'text'
  node: Node
}

export function recordDom(window: {
  Node: typeof Node
  Element: typeof Element
  CharacterData: typeof CharacterData
}) {
  const ops: DomOp[] = []
  const restore: Array<() => void> = []
  const wrap = <T extends object>(
    proto: T,
    name: keyof T,
    op: DomOp['op'],
    pick: (self: Node, args: unknown[]) => Node,
  ) => {
    const original = proto[name] as unknown as (...args: unknown[]) => unknown
    ;(proto as Record<keyof T, unknown>)[name] = function (this: Node, ...args: unknown[]) {
      ops.push({ op, node: pick(this, args) })
      return original.apply(this, args)
    }
    restore.push(() => ((proto as Record<keyof T, unknown>)[name] = original))
  }
  wrap(window.Node.prototype, 'insertBefore', 'insert', (_, a) => a[0] as Node)
  wrap(window.Node.prototype, 'appendChild', 'insert', (_, a) => a[0] as Node)
  wrap(window.Node.prototype, 'removeChild', 'remove', (_, a) => a[0] as Node)
  wrap(window.Element.prototype, 'setAttribute', 'attr', (self) => self)
  wrap(window.Element.prototype, 'removeAttribute', 'removeAttr', (self) => self)
  const desc = Object.getOwnPropertyDescriptor(window.CharacterData.prototype, 'data')!
  Object.defineProperty(window.CharacterData.prototype, 'data', {
    ...desc,
    set(this: CharacterData, value: string) {
      ops.push({ op: 'text', node: this })
      desc.set!.call(this, value)
    },
  })
  restore.push(() => Object.defineProperty(window.CharacterData.prototype, 'data', desc))
  return {
    ops,
    clear: () => void (ops.length = 0),
    stop: () => restore.forEach((r) => r()),
  }
}
