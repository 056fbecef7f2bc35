// The wire protocol itself, with a bare WebSocket: each method's result shape pinned, events,
// bindings, and the errors that keep the server serving (unknown method, malformed message, a
// page that is gone, a missing parameter); the server listens on loopback only and a client
// that disconnects leaves the app running for the next one.

import { networkInterfaces } from 'node:os'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { launch, type MiniProgram } from '../../index.ts'
import { eventually, SAMPLES } from './connect.ts'

interface Wire {
  send(method: string, params?: object): Promise<any>
  raw(text: string): Promise<any>
  events: Array<{ method: string; params: any }>
  close(): void
}

async function wire(endpoint: string): Promise<Wire> {
  const ws = new WebSocket(endpoint)
  await new Promise((resolve, reject) => (ws.once('open', resolve), ws.once('error', reject)))
  const events: Wire['events'] = []
  const waiting = new Map<unknown, (m: any) => void>()
  let anonymous: ((m: any) => void) | null = null
  ws.on('message', (data) => {
    const m = JSON.parse(String(data))
    if (m.id === undefined) events.push(m)
    else if (m.id === null) anonymous?.(m)
    else waiting.get(m.id)?.(m)
  })
  let next = 1
  return {
    events,
    send: (method, params = {}) =>
      new Promise((resolve) => {
        const id = `r${next++}`
        waiting.set(id, resolve)
        ws.send(JSON.stringify({ id, method, params }))
      }),
    raw: (text) =>
      new Promise((resolve) => {
        anonymous = resolve
        ws.send(text)
      }),
    close: () => ws.close(),
  }
}

let program: MiniProgram
let w: Wire
beforeAll(async () => {
  program = await launch({ project: `${SAMPLES}/todo`, automatorPort: 0 })
  w = await wire(program.automator!.endpoint)
}, 60_000)
afterAll(async () => {
  w?.close()
  await program?.close()
})

describe('automator wire protocol', () => {
  it('answers the App and Tool methods with the shapes the client reads', async () => {
    const info = await w.send('Tool.getInfo')
    expect(info).toMatchObject({
      result: { SDKVersion: expect.stringMatching(/^\d+\.\d+\.\d+$|^dev$/), home: 'headless' },
    })
    const stack = await w.send('App.getPageStack')
    expect(stack.result).toEqual({
      pageStack: [{ pageId: expect.any(Number), path: 'pages/index/index', query: {} }],
    })
    const current = await w.send('App.getCurrentPage')
    expect(current.result).toEqual(stack.result.pageStack[0])
    expect(
      (await w.send('App.callWxMethod', { method: 'getStorageInfoSync', args: [] })).result,
    ).toMatchObject({
      result: { keys: expect.any(Array) },
    })
    expect(
      await w.send('App.callFunction', { functionDeclaration: '(a) => a * 2', args: [21] }),
    ).toMatchObject({
      result: { result: 42 },
    })
    expect(await w.send('App.mockWxMethod', { method: 'showToast', result: {} })).toMatchObject({
      result: {},
    })
    expect(await w.send('App.mockWxMethod', { method: 'showToast' })).toMatchObject({ result: {} })
    expect(await w.send('App.enableLog')).toMatchObject({ result: {} })
    expect(await w.send('App.exit')).toMatchObject({ result: {} })
    expect(await w.send('App.captureScreenshot')).toMatchObject({
      error: { message: expect.stringContaining('needs the browser home') },
    })
  })

  it('answers the Page and Element methods with the shapes the client reads', async () => {
    const { pageId } = (await w.send('App.getCurrentPage')).result
    const el = (await w.send('Page.getElement', { pageId, selector: '.filter' })).result
    expect(el).toEqual({ elementId: expect.any(String), tagName: 'view' })
    const item = (await w.send('Page.getElement', { pageId, selector: 'todo-item' })).result
    expect(item).toEqual({
      elementId: expect.any(String),
      tagName: 'todo-item',
      nodeId: expect.any(String),
    })
    expect((await w.send('Page.getElements', { pageId, selector: '.filter' })).result).toEqual({
      elements: [
        el,
        expect.objectContaining({ tagName: 'view' }),
        expect.objectContaining({ tagName: 'view' }),
      ],
    })
    expect(
      (await w.send('Page.getElementsByXpath', { pageId, selector: '//todo-item' })).result
        .elements,
    ).toHaveLength(3)
    expect(
      (await w.send('Page.getElementByXpath', { pageId, selector: '//todo-item' })).result,
    ).toEqual(item)
    expect((await w.send('Page.getData', { pageId, path: 'filter' })).result).toEqual({
      data: 'all',
    })
    expect((await w.send('Page.setData', { pageId, data: { draft: 'x' } })).result).toEqual({})
    expect(
      (
        await w.send('Page.callMethod', {
          pageId,
          method: 'onInput',
          args: [{ detail: { value: 'y' } }],
        })
      ).result,
    ).toEqual({}) // undefined is left out
    expect(
      (await w.send('Page.getWindowProperties', { pageId, names: ['innerWidth', 'nope.deeper'] }))
        .result,
    ).toEqual({
      properties: [expect.any(Number), null],
    })
    const at = { pageId, elementId: el.elementId }
    expect((await w.send('Element.getWXML', { ...at, type: 'inner' })).result).toEqual({
      wxml: 'all',
    })
    expect(
      (await w.send('Element.getAttributes', { ...at, names: ['class', 'data-filter'] })).result,
    ).toEqual({
      attributes: ['filter active', 'all'],
    })
    expect((await w.send('Element.getStyles', { ...at, names: ['display'] })).result).toEqual({
      styles: [expect.any(String)],
    })
    expect(
      (await w.send('Element.getDOMProperties', { ...at, names: ['innerText', 'tagName'] })).result,
    ).toEqual({
      properties: ['all', 'WX-VIEW'],
    })
    expect(
      (await w.send('Element.getProperties', { ...at, names: ['__propPublic'] })).result,
    ).toEqual({
      properties: [expect.objectContaining({ class: true })],
    })
    expect((await w.send('Element.getOffset', at)).result).toEqual({
      left: expect.any(Number),
      top: expect.any(Number),
    })
    expect((await w.send('Element.tap', at)).result).toEqual({})
    const custom = { pageId, elementId: item.elementId, nodeId: item.nodeId }
    expect((await w.send('Element.getData', { ...custom, path: 'title' })).result).toEqual({
      data: 'Read the WXML docs',
    })
    expect(
      (await w.send('Element.callMethod', { ...custom, method: 'onTap', args: [] })).result,
    ).toEqual({}) // undefined is left out
    expect(
      (await w.send('Element.getElement', { ...custom, selector: '.title' })).result,
    ).toMatchObject({ tagName: 'text' })
    expect(
      (await w.send('Element.getElements', { ...custom, selector: 'view' })).result.elements,
    ).toHaveLength(4)
  })

  it('answers errors and keeps serving', async () => {
    expect(await w.send('App.noSuchThing')).toEqual({
      id: expect.any(String),
      error: { message: expect.stringContaining('unknown method "App.noSuchThing"') },
    })
    expect(await w.raw('{not json')).toEqual({
      id: null,
      error: { message: 'malformed message: not JSON' },
    })
    expect(await w.raw('[1, 2]')).toEqual({
      id: null,
      error: { message: 'malformed message: not an object' },
    })
    expect(await w.send('Page.getData', { pageId: 987654 })).toMatchObject({
      error: { message: 'page 987654 is not open (it was closed, or never existed)' },
    })
    expect(await w.send('Element.tap', { pageId: 1, elementId: 'nope' })).toMatchObject({
      error: { message: expect.stringMatching(/element nope is unknown|page 1 is not open/) },
    })
    expect(await w.send('App.callWxMethod', {})).toMatchObject({
      error: { message: 'App.callWxMethod: params.method must be a non-empty string' },
    })
    expect(
      await w.send('App.callFunction', {
        functionDeclaration: '() => { throw new Error("inside") }',
      }),
    ).toMatchObject({
      error: { message: expect.stringContaining('inside') },
    })
    expect((await w.send('App.getPageStack')).result.pageStack).toHaveLength(1)
  })

  it('sends console lines, exceptions and binding calls as events', async () => {
    w.events.length = 0
    await w.send('App.addBinding', { name: 'reportToTest' })
    await w.send('App.callFunction', {
      functionDeclaration: `function () {
        console.warn('careful', { n: 1 })
        reportToTest('from the app', 2)
        setTimeout(() => { throw new RangeError('late') })
      }`,
    })
    await eventually(
      () => w.events.some((e) => e.method === 'App.exceptionThrown'),
      'the exception',
    )
    expect(w.events.filter((e) => e.method !== 'App.exceptionThrown')).toEqual([
      { method: 'App.logAdded', params: { type: 'warn', args: ['careful', { n: 1 }] } },
      { method: 'App.bindingCalled', params: { name: 'reportToTest', args: ['from the app', 2] } },
    ])
    expect(w.events.find((e) => e.method === 'App.exceptionThrown')!.params).toMatchObject({
      name: 'RangeError',
      message: 'late',
      stack: expect.stringContaining('late'),
    })
    expect(await w.send('App.addBinding', { name: 'not a name' })).toMatchObject({
      error: { message: 'App.addBinding: "not a name" is not a JavaScript name' },
    })
  })

  it('listens on loopback only and serves the next client after one disconnects', async () => {
    const port = program.automator!.port
    expect(program.automator!.endpoint).toBe(`ws://127.0.0.1:${port}`)
    const external = Object.values(networkInterfaces())
      .flat()
      .find((a) => a && a.family === 'IPv4' && !a.internal)
    if (external) {
      const refused = new WebSocket(`ws://${external.address}:${port}`)
      await expect(
        new Promise(
          (resolve, reject) => (refused.once('open', resolve), refused.once('error', reject)),
        ),
      ).rejects.toThrow(/ECONNREFUSED/)
    }
    const first = await wire(program.automator!.endpoint)
    first.close()
    const second = await wire(program.automator!.endpoint)
    expect((await second.send('App.getCurrentPage')).result.path).toBe('pages/index/index')
    second.close()
  })
})
