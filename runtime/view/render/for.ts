// wx:for. Each item renders as a row Block with its own scope (item, index). When the list comes
// straight from data (`{{list}}`, `{{a.b}}`), rows know their item's data path, so a change deep
// inside one item (`list[5000].name`) reaches only that row's effects and the list itself is not
// looked at; the list is reconciled only when an item is added, removed or replaced, or when a
// wx:key property changes. Keyed rows are moved, never rebuilt.

import type { ForNode } from '../template/ir.ts'
import { Block } from './block.ts'
import type { Position, RenderContext } from './context.ts'
import { currentReads, Effect } from './effect.ts'
import { renderFragment, renderStructure } from './render.ts'
import type { Scope } from './scope.ts'
import { longestIncreasing } from './lis.ts'
import { listEntries, type Entry } from './list-entries.ts'

interface Row {
  key: unknown
  block: Block
  scope: Scope
}

class ForEffect extends Effect {
  override readonly structural = true
  private rows: Row[] = []
  /** Rows by their item's path key (index or object key), when the list is aliased data. */
  private byPathKey = new Map<string, Row>()
  private listPath: string[] | null = null

  constructor(
    private readonly node: ForNode,
    private readonly ctx: RenderContext,
    private readonly container: Block,
  ) {
    super(ctx.owner.tree)
    container.onRefresh = () => this.refreshAll()
  }

  override accepts(path: readonly string[], depth: number): boolean {
    if (!this.listPath) return true
    const extra = path.length - depth
    if (extra <= 1) return true
    const row = this.byPathKey.get(path[depth]!)
    if (!row) return true // a new item was set through a deeper path
    const key = this.node.key
    return key !== null && key !== '*this' && path[depth + 1] === key
  }

  protected execute(): void {
    const list = this.ctx.owner.evaluate(this.node.list, this.ctx.scope)
    this.listPath = this.aliasPath(list)
    this.reconcile(listEntries(list, this.node.key))
  }

  /** The data path of the list when it is exactly a value in data (not computed). */
  private aliasPath(list: unknown): string[] | null {
    const reads = currentReads()
    if (!reads || reads.length !== 1 || list === null || typeof list !== 'object') return null
    const path = reads[0]!
    return this.ctx.owner.valueAt(path) === list ? path : null
  }

  private refreshAll(): void {
    this.run()
    for (const row of this.rows) row.block.refresh()
  }

  private reconcile(entries: Entry[]): void {
    if (this.rows.length === 0) return this.createAll(entries)
    // Old rows by key; duplicate keys (which the platform warns about) queue up in order.
    const old = new Map<unknown, Array<{ row: Row; index: number }>>()
    this.rows.forEach((row, index) => {
      const queue = old.get(row.key)
      if (queue) queue.push({ row, index })
      else old.set(row.key, [{ row, index }])
    })
    const next: Row[] = new Array(entries.length)
    const oldIndex: number[] = new Array(entries.length)
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i]!
      const prev = old.get(entry.key)?.shift()
      if (prev) {
        next[i] = prev.row
        oldIndex[i] = prev.index
        this.updateRow(prev.row, entry)
      } else {
        next[i] = this.createRow(entry)
        oldIndex[i] = -1
      }
    }
    for (const queue of old.values()) for (const { row } of queue) row.block.dispose(true)
    this.rows = next
    this.byPathKey.clear()
    if (this.listPath)
      for (let i = 0; i < entries.length; i++) this.byPathKey.set(entries[i]!.pathKey, next[i]!)
    this.place(next, oldIndex)
    this.container.parts.length = 0
    this.container.parts.push(...next.map((r) => r.block))
  }

  /** First render (or from empty): every row is new and goes in order, nothing to match. Rows
   *  are appended, never inserted before a reference node: a DOM may do work per insertion
   *  before one (jsdom recomputes the reference's index each time). When the anchor is last in
   *  its parent, rows go straight after it and the anchor moves behind them; else they are built
   *  in a fragment (inserting one costs a removal per row from the fragment). */
  private createAll(entries: Entry[]): void {
    if (entries.length === 0) return
    const anchor = this.container.anchor!
    const last = anchor.nextSibling === null
    const parent = last ? anchor.parentNode! : this.ctx.owner.view.document.createDocumentFragment()
    const rows: Row[] = new Array(entries.length)
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i]!
      const row = (rows[i] = this.createRow(entry))
      if (this.listPath) this.byPathKey.set(entry.pathKey, row)
      this.renderRow(row, parent, null)
    }
    if (last) parent.appendChild(anchor)
    else anchor.parentNode!.insertBefore(parent, anchor)
    this.rows = rows
    this.container.parts.length = 0
    for (const row of rows) this.container.parts.push(row.block)
  }

  private createRow(entry: Entry): Row {
    const scope = this.ctx.scope.row(this.node.item, this.node.index)
    this.setVars(scope, entry)
    // Rendered later, in place (see `place`).
    return { key: entry.key, block: new Block(this.container), scope }
  }

  private setVars(scope: Scope, entry: Entry): void {
    scope.item = entry.item
    scope.index = entry.index
    scope.itemPath = this.listPath ? [...this.listPath, entry.pathKey] : null
  }

  private updateRow(row: Row, entry: Entry): void {
    const scope = row.scope
    const moved = scope.index !== entry.index
    const pathChanged = !samePath(
      scope.itemPath,
      this.listPath ? [...this.listPath, entry.pathKey] : null,
    )
    this.setVars(scope, entry)
    // Rows of an aliased list hear about their item's content through their own paths; rows of
    // a computed list are re-evaluated whenever the list is.
    if (moved || pathChanged || !this.listPath) row.block.refresh()
  }

  /** Puts rows in order with the fewest moves: rows on the longest run that kept its order stay. */
  private place(rows: Row[], oldIndex: number[]): void {
    const stay = longestIncreasing(oldIndex)
    const anchor = this.container.anchor!
    const parent = anchor.parentNode!
    let ref: Node = anchor
    for (let i = rows.length - 1; i >= 0; i--) {
      const row = rows[i]!
      if (oldIndex[i] === -1) this.renderRow(row, parent, ref)
      else if (!stay.has(i)) {
        row.block.moveBefore(parent, ref)
        this.ctx.owner.view.moved(row.block.nodes())
      }
      ref = row.block.firstNode() ?? ref
    }
  }

  private renderRow(row: Row, parent: Node, before: Node | null): void {
    const block = row.block
    renderFragment(
      this.node.c,
      { ...this.ctx, scope: row.scope, block },
      { parent, before, parts: block.parts },
    )
    if (block.parts.length === 0) {
      // An empty row still needs a position so later rows can be placed around it.
      block.anchor = this.ctx.owner.view.document.createTextNode('')
      parent.insertBefore(block.anchor, before)
    }
  }
}

function samePath(a: string[] | null, b: string[] | null): boolean {
  if (a === b) return true
  if (!a || !b || a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

export function renderFor(node: ForNode, ctx: RenderContext, pos: Position): void {
  renderStructure(ctx, pos, (container) => new ForEffect(node, ctx, container))
}
