// The dev panels over a real headless app: console (logs and errors at their file:line),
// AppData (page and component data, edits reach logic), storage (list, edit, delete, clear) and
// the bridge record (rows, filters, pause).

import { afterEach, describe, expect, it } from 'vitest'
import { mountPanels } from '../../devserver/client/ui/panels/index.ts'
import { click, commit, rig, TAB_PROJECT, until, writeProject, type Rig } from './support.ts'

let current: Rig | undefined
const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  await current?.close()
  current = undefined
  for (const clean of cleanups.splice(0)) await clean()
})

async function open(project = 'samples/todo') {
  current = await rig(project)
  const panels = mountPanels(current.root, current.session)
  return { ...current, panels }
}

const rows = (doc: Document, selector: string) => [...doc.querySelectorAll<HTMLElement>(selector)]

describe('console panel', () => {
  it('shows a console.log of the app with its level and source', async () => {
    const { doc, mp } = await open()
    await mp.evaluate(`function () { console.warn('careful', { n: 1 }) }`)
    const row = await until(
      () => rows(doc, '.mpsim-console-row').find((r) => r.textContent!.includes('careful')),
      'the log row',
    )
    expect(row.classList.contains('mpsim-level-warn')).toBe(true)
    expect(row.getAttribute('data-source')).toBe('logic')
    expect(row.querySelector('.mpsim-console-text')!.textContent).toBe('careful {"n":1}')
  })

  it('shows an error of a handler at its original file and line, and filters by level', async () => {
    const project = await writeProject(TAB_PROJECT)
    cleanups.push(project.remove)
    const { doc, mp } = await open(project.dir)
    await until(
      () => rows(doc, '.mpsim-console-row').some((r) => r.textContent!.includes('home shown 1')),
      'onShow log',
    )
    const page = await mp.currentPage()
    await (await page!.$('.boom'))!.tap()
    const error = await until(
      () => doc.querySelector<HTMLElement>('.mpsim-console-row.mpsim-level-error'),
      'the error row',
    )
    expect(error.querySelector('.mpsim-console-text')!.textContent).toBe('Error: boom from home')
    // home.js line 5 is the throw
    expect(error.querySelector('.mpsim-console-location')!.textContent).toMatch(
      /^pages\/home\/home\.js:5:\d+$/,
    )

    const level = doc.querySelector<HTMLSelectElement>('.mpsim-console-level')!
    level.value = 'error'
    level.dispatchEvent(new doc.defaultView!.Event('change'))
    expect(
      rows(doc, '.mpsim-console-row').every((r) => r.classList.contains('mpsim-level-error')),
    ).toBe(true)
    click(doc.querySelector('.mpsim-console-clear'))
    expect(rows(doc, '.mpsim-console-row')).toHaveLength(0)
  })
})

describe('AppData panel', () => {
  it('shows page and component data, and an edit reaches the page in logic and its view', async () => {
    const { doc, mp, panels } = await open()
    const page = (await mp.currentPage())!
    await panels.readAppData()
    const section = doc.querySelector<HTMLElement>('.mpsim-appdata-page')!
    expect(section.textContent).toContain('pages/index/index')
    const filter = section.querySelector<HTMLInputElement>('input[data-path="filter"]')!
    expect(filter.value).toBe('"all"')
    // the todo-item components, with their own data
    const items = await until(() => {
      const found = rows(doc, '.mpsim-appdata-component')
      return found.length > 0 && found
    }, 'component sections')
    expect(items[0]!.textContent).toContain('components/todo-item/todo-item')
    expect(items[0]!.querySelector<HTMLInputElement>('input[data-path="title"]')).not.toBeNull()

    commit(filter, '"done"')
    await until(async () => (await page.data('filter')) === 'done', 'the page data to change')
    await mp.settle()
    const active = await page.$('.filter.active')
    expect(await active!.text()).toBe('done')

    // text that is not JSON is taken as a string
    const draft = section.querySelector<HTMLInputElement>('input[data-path="draft"]')!
    commit(draft, 'plain text')
    await until(
      async () => (await page.data('draft')) === 'plain text',
      'text typed without quotes',
    )

    // a leaf inside an array is set by its path
    await panels.readAppData()
    const nested = doc.querySelector<HTMLInputElement>(
      '.mpsim-appdata-page input[data-path="visible[0].title"]',
    )!
    commit(nested, '"First, renamed"')
    await until(
      async () => (await page.data('visible[0].title')) === 'First, renamed',
      'the nested edit',
    )
  })

  it('edits a component: setData on that instance', async () => {
    const { doc, mp, panels } = await open()
    await panels.readAppData()
    const item = await until(
      () => doc.querySelector<HTMLElement>('.mpsim-appdata-component'),
      'a component',
    )
    const id = Number(item.getAttribute('data-instance-id'))
    const title = item.querySelector<HTMLInputElement>('input[data-path="title"]')!
    commit(title, '"Renamed in panel"')
    const read = () =>
      mp.evaluate(
        `function (id) { const c = __mpsimComponents(getCurrentPages()[0].__wxWebviewId__).find((c) => c.instanceId === id); return c.instance.data.title }`,
        id,
      )
    await until(async () => (await read()) === 'Renamed in panel', 'the component data')
  })

  it('follows the page data as the app changes it', async () => {
    const { doc, mp, panels } = await open()
    panels.show('appdata')
    await panels.readAppData()
    const page = (await mp.currentPage())!
    await page.setData({ draft: 'from the app' })
    await until(
      () =>
        doc.querySelector<HTMLInputElement>('input[data-path="draft"]')?.value === '"from the app"',
      'the new draft in the panel',
    )
  })
})

describe('storage panel', () => {
  it('lists keys, edits and deletes one, and clears all through the app', async () => {
    const { doc, mp } = await open()
    await mp.callWxMethod('setStorageSync', 'greeting', 'hello')
    await mp.callWxMethod('setStorageSync', 'count', 3)
    // the panel redraws once the app is quiet (host-session.ts Notices): wait for both keys
    await until(() => doc.querySelector('.mpsim-storage-row[data-key="count"]'), 'the keys')
    const row = doc.querySelector<HTMLElement>('.mpsim-storage-row[data-key="greeting"]')!
    expect(row.querySelector<HTMLInputElement>('.mpsim-storage-value')!.value).toBe('"hello"')
    expect(
      doc.querySelector('.mpsim-storage-row[data-key="count"] .mpsim-storage-size')!.textContent,
    ).toBe('6 B')

    commit(row.querySelector<HTMLInputElement>('.mpsim-storage-value')!, '{"to":"you"}')
    const getSync = (key: string) =>
      mp.evaluate(`function (k) { return wx.getStorageSync(k) }`, key)
    await until(
      async () => JSON.stringify(await getSync('greeting')) === '{"to":"you"}',
      'the edit in logic',
    )

    click(doc.querySelector('.mpsim-storage-row[data-key="greeting"] .mpsim-storage-delete'))
    await until(() => !doc.querySelector('.mpsim-storage-row[data-key="greeting"]'), 'the key gone')
    expect(await getSync('greeting')).toBe('')

    click(doc.querySelector('.mpsim-storage-clear'))
    await until(() => rows(doc, '.mpsim-storage-row').length === 0, 'no keys')
    expect(await getSync('count')).toBe('')
    expect(mp.host.registry.ctx.storage.keys()).toEqual([])
  })
})

describe('bridge panel', () => {
  it('lists messages with direction, type, size and latency, filters them and pauses', async () => {
    const { doc, mp } = await open()
    const all = () => rows(doc, '.mpsim-bridge-row')
    await until(() => all().length > 5, 'rows')
    const first = all()[0]!
    expect(first.querySelector('.mpsim-bridge-size')!.textContent).toMatch(/^\d+ B$/)
    expect(first.querySelector('.mpsim-bridge-latency')!.textContent).toMatch(/^\d+\.\d ms$/)

    const type = doc.querySelector<HTMLInputElement>('.mpsim-bridge-type')!
    type.value = 'setData'
    type.dispatchEvent(new doc.defaultView!.Event('input'))
    expect(all().length).toBeGreaterThan(0)
    expect(all().every((r) => r.getAttribute('data-type') === 'setData')).toBe(true)
    const direction = doc.querySelector<HTMLSelectElement>('.mpsim-bridge-direction')!
    direction.value = 'host→view'
    direction.dispatchEvent(new doc.defaultView!.Event('change'))
    expect(all().length).toBeGreaterThan(0)
    expect(all().every((r) => r.getAttribute('data-direction') === 'host→view')).toBe(true)

    // new setData messages appear live
    const before = all().length
    await (await mp.currentPage())!.setData({ draft: 'x' })
    await until(() => all().length > before, 'a new setData row')

    // paused: the record keeps nothing new
    click(doc.querySelector('.mpsim-bridge-pause'))
    expect(mp.record.paused).toBe(true)
    const kept = mp.record.entries.length
    await (await mp.currentPage())!.setData({ draft: 'y' })
    expect(mp.record.entries.length).toBe(kept)
    // the other panels still follow the app (Host.onActivity does not depend on the record)
    await mp.evaluate(`function () { console.log('logged while paused') }`)
    await until(
      () =>
        rows(doc, '.mpsim-console-row').some((r) => r.textContent!.includes('logged while paused')),
      'the console to follow while the record is paused',
    )
    expect(doc.querySelector('.mpsim-bridge-pause')!.textContent).toBe('Resume')
    click(doc.querySelector('.mpsim-bridge-pause'))
    expect(mp.record.paused).toBe(false)
  })
})

describe('panels', () => {
  it('reads AppData only while its panel is shown', async () => {
    const { doc, mp, panels } = await open()
    const reads = () =>
      mp.record
        .filter({ type: 'evaluate' })
        .filter((e) => JSON.stringify(e.payload).includes('__mpsimComponents')).length
    await panels.readAppData()
    const before = reads()
    await (await mp.currentPage())!.setData({ draft: 'hidden panel' })
    await new Promise((r) => setTimeout(r, 50))
    expect(reads()).toBe(before)
    panels.show('appdata')
    await until(
      () =>
        doc.querySelector<HTMLInputElement>('input[data-path="draft"]')?.value === '"hidden panel"',
      'a read when the panel is shown',
    )
  })

  it('shows a message of the bridge record when its row is clicked', async () => {
    const { doc } = await open()
    const row = await until(
      () => doc.querySelector<HTMLElement>('.mpsim-bridge-row[data-type="pageData"]'),
      'a pageData row',
    )
    click(row)
    const payload = row.nextElementSibling as HTMLElement
    expect(payload.classList.contains('mpsim-bridge-payload')).toBe(true)
    expect(JSON.parse(payload.textContent!)).toMatchObject({ type: 'pageData', webviewId: 1 })
    click(row)
    expect(row.nextElementSibling?.classList.contains('mpsim-bridge-payload') ?? false).toBe(false)
  })
})
