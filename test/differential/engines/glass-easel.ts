// glass-easel engine: WeChat's open-source component framework with its Rust template compiler.
// Built-ins are registered as components with a Boolean `hidden` property and a `<slot/>`, as the
// platform defines them, so typed property conversion applies to `hidden`.
import { TmplGroup } from 'glass-easel-template-compiler'
import * as ge from 'glass-easel'
import { makeElement, mergeText, serialise } from '../normalise.ts'
import type { DiffCase, Engine, EngineRun, NormalNode } from '../types.ts'
import { BUILTIN_TAGS, stripExt } from './builtins.ts'

type GroupList = Record<string, unknown>

export function compile(files: Record<string, string>): GroupList {
  const group = new TmplGroup()
  try {
    for (const [path, src] of Object.entries(files)) {
      // `<wxs src>` drops the extension, `require('./b.wxs')` keeps it: glass-easel's core leaves
      // that mapping to the platform adapter, so the script is known by both names
      if (path.endsWith('.wxs')) {
        group.addScript(stripExt(path), src)
        group.addScript(path, src)
      } else if (path.endsWith('.wxml')) group.addTmpl(stripExt(path), src)
    }
    // eslint-disable-next-line no-new-func
    return new Function(`return ${group.getTmplGenObjectGroups()}`)() as GroupList
  } finally {
    group.free()
  }
}

let space: ge.ComponentSpace | undefined
let pageSeq = 0

export function builtinSpace(): ge.ComponentSpace {
  if (space) return space
  // warnings are about attributes the stand-in built-ins do not declare (`value`, `src`): quiet
  ge.addGlobalWarningListener(() => false)
  space = new ge.ComponentSpace()
  const slot = compile({ 'slot.wxml': '<slot/>' })
  for (const tag of BUILTIN_TAGS) {
    const def = space.defineComponent({
      is: `wx-${tag}`,
      template: { content: slot['slot'], groupList: slot },
      properties: { hidden: Boolean },
    })
    space.setGlobalUsingComponent(tag, def)
  }
  return space
}

function normaliseTree(nodes: ge.Node[]): NormalNode[] {
  const out: NormalNode[] = []
  for (const n of nodes) {
    if (ge.TextNode.isTextNode(n)) out.push(n.textContent)
    else if (ge.VirtualNode.isVirtualNode(n)) out.push(...normaliseTree(n.childNodes))
    else if (ge.Component.isComponent(n)) {
      const attrs = { class: n.class, style: n.style, id: n.id, hidden: !!n.data['hidden'] }
      out.push(makeElement(n.tagName, attrs, normaliseTree(n.childNodes)))
    } else if (ge.NativeNode.isNativeNode(n)) {
      const hidden = n.getAttribute('hidden')
      const attrs = {
        class: n.class,
        style: n.style,
        id: n.id,
        hidden: hidden != null && hidden !== false,
      }
      out.push(makeElement(n.is, attrs, normaliseTree(n.childNodes)))
    }
  }
  return mergeText(out)
}

/** Runs `fn`, turning glass-easel's reported errors into a thrown error. */
function withErrors<T>(fn: () => T): T {
  const errors: unknown[] = []
  const listener = (err: unknown) => {
    errors.push(err)
    return false
  }
  ge.addGlobalErrorListener(listener)
  try {
    const ret = fn()
    if (errors.length > 0) throw errors[0]
    return ret
  } finally {
    ge.removeGlobalErrorListener(listener)
  }
}

function run(c: DiffCase): EngineRun {
  const groupList = compile(c.files)
  const def = builtinSpace().defineComponent({
    is: `diff-page-${(pageSeq += 1)}`,
    template: { content: groupList['index'], groupList },
    data: structuredClone(c.data),
  })
  const backend = new ge.CurrentWindowBackendContext()
  const page = withErrors(() => ge.Component.createWithContext('page', def.general(), backend))
  const shadow = page.getShadowRoot()
  if (!shadow) throw new Error('glass-easel page has no shadow root')
  const snap = () => serialise(normaliseTree(shadow.childNodes))
  const snapshots = [snap()]
  for (const patch of c.patches ?? []) {
    withErrors(() => page.setData(structuredClone(patch)))
    snapshots.push(snap())
  }
  return { snapshots, reportsHidden: true, reportsId: true }
}

export const glassEaselEngine: Engine = { name: 'glass-easel', run }
