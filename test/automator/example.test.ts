// An automator suite as teams write it for WeChat DevTools, moved onto mpsim: only the start
// changed (launch() with automatorPort instead of automator.launch({ cliPath, projectPath })).
// docs/automation.md shows this file; CI runs it.
import automator from 'miniprogram-automator'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { launch, type MiniProgram } from '../../index.ts'

let app: MiniProgram // mpsim's app (headless); it owns the automator server
let miniProgram: Awaited<ReturnType<typeof automator.connect>>

beforeAll(async () => {
  app = await launch({ project: 'samples/todo', automatorPort: 0 })
  // was: miniProgram = await automator.launch({ projectPath: 'samples/todo' })
  miniProgram = await automator.connect({ wsEndpoint: app.automator!.endpoint })
}, 60_000)

afterAll(async () => {
  miniProgram.disconnect()
  await app.close()
})

it('adds a todo', async () => {
  const page = (await miniProgram.currentPage())!
  expect(page.path).toBe('pages/index/index')
  const input = (await page.$('.add-input')) as unknown as { input(text: string): Promise<void> }
  await input.input('Buy milk')
  await (await page.$('.add-btn'))!.tap()
  const items = await page.$$('todo-item')
  expect(items).toHaveLength(4)
  expect(await items[3]!.text()).toContain('Buy milk')
})

it('mocks a confirmation, then puts the real dialog back', async () => {
  await miniProgram.mockWxMethod('showModal', { confirm: true, cancel: false })
  const res = await miniProgram.callWxMethod('showModal', { title: 'Delete everything?' })
  expect(res).toEqual({ confirm: true, cancel: false })
  await miniProgram.restoreWxMethod('showModal')
})

it('collects the console', async () => {
  const lines: string[] = []
  miniProgram.on('console', (msg: { type: string; args: unknown[] }) =>
    lines.push(String(msg.args[0])),
  )
  await miniProgram.evaluate(() => console.log('hello from logic'))
  await new Promise((resolve) => setTimeout(resolve, 100))
  expect(lines).toContain('hello from logic')
})
