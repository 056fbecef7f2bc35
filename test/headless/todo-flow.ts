// The todo sample driven as a user would, shared by the worker and single-thread tests: one set
// of steps for every home (ARCHITECTURE.md: a feature that works in one home and not another
// is a bug).

import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect } from 'vitest'
import { launch, type MiniProgram, type Page } from '../../index.ts'

export const TODO = join(import.meta.dirname, '../../samples/todo')

export async function tempDir(
  prefix: string,
): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix))
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) }
}

export async function titles(page: Page): Promise<string[]> {
  const items = await page.$$('todo-item')
  return Promise.all(items.map(async (item) => (await item.$('.title'))!.text()))
}

/** How many items show as done (the component's own `.item.done` class). */
export async function doneCount(page: Page): Promise<number> {
  const done = await Promise.all((await page.$$('todo-item')).map((item) => item.$('.item.done')))
  return done.filter(Boolean).length
}

export async function footer(page: Page): Promise<string> {
  return (await (await page.$('.footer text'))!.text()).trim()
}

export async function addItem(page: Page, title: string): Promise<void> {
  await (await page.$('.add-input'))!.input(title)
  await (await page.$('.add-btn'))!.tap()
}

/** Launches the sample, adds two items, completes one; returns the still-running program. */
export async function runTodoFlow(options: {
  mode: 'worker' | 'single-thread'
  storageDir: string
}): Promise<MiniProgram> {
  const mp = await launch({ project: TODO, appId: 'todo', ...options })
  try {
    await addAndComplete(mp)
  } catch (error) {
    await mp.close()
    throw error
  }
  return mp
}

async function addAndComplete(mp: MiniProgram): Promise<void> {
  const page = (await mp.currentPage())!
  expect(page.path).toBe('pages/index/index')
  expect(await titles(page)).toEqual([
    'Read the WXML docs',
    'Write a component',
    'Ship the mini program',
  ])
  expect(await footer(page)).toBe('2 items left')
  expect(await doneCount(page)).toBe(1)

  await addItem(page, 'Buy milk')
  expect(await page.data('draft')).toBe('')
  await addItem(page, 'Walk the dog')
  expect((await titles(page)).slice(3)).toEqual(['Buy milk', 'Walk the dog'])
  expect(await footer(page)).toBe('4 items left')

  // Completing is a tap inside <todo-item>: the component's method runs in logic and its
  // triggerEvent('toggle') reaches the page's bind:toggle handler.
  const items = await page.$$('todo-item')
  const milk = items[3]!
  await (await milk.$('.item'))!.tap()
  expect(await footer(page)).toBe('3 items left')
  expect(await milk.$('.item.done')).not.toBeNull()
  expect(await doneCount(page)).toBe(2)
}
