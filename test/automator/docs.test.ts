// docs/automation.md against the code: its method table lists exactly the methods each home's
// table answers, its list of built-in actions is the implementation's, and the example it shows
// is test/automator/example.test.ts as CI runs it.

import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BROWSER_METHODS } from '../../automator/browser/methods.ts'
import { BUILTIN_ACTIONS, METHODS } from '../../automator/index.ts'

const ROOT = join(import.meta.dirname, '../..')
const doc = await readFile(join(ROOT, 'docs/automation.md'), 'utf8')

function between(name: string): string {
  const match = new RegExp(`<!-- ${name}:start -->([\\s\\S]*?)<!-- ${name}:end -->`).exec(doc)
  if (!match) throw new Error(`docs/automation.md has no ${name}:start/end markers`)
  return match[1]!
}

/** `| \`App.getPageStack\` | ✓ | ✓ |` → [name, headless cell, browser cell]. */
const rows = between('methods')
  .split('\n')
  .map((line) => /^\|\s*`([\w.]+)`\s*\|([^|]*)\|([^|]*)\|/.exec(line))
  .filter((m) => m !== null)
  .map((m) => ({ name: m[1]!, headless: m[2]!.trim(), browser: m[3]!.trim() }))

describe('docs/automation.md', () => {
  it('lists every method of the headless home, and only those, as headless', () => {
    expect(
      rows
        .filter((r) => r.headless)
        .map((r) => r.name)
        .sort(),
    ).toEqual(Object.keys(METHODS).sort())
  })

  it('lists every method of the browser home, and only those, as browser', () => {
    expect(
      rows
        .filter((r) => r.browser)
        .map((r) => r.name)
        .sort(),
    ).toEqual(Object.keys(BROWSER_METHODS).sort())
  })

  it('lists the built-in actions of Element.callFunction', () => {
    const listed = [...between('actions').matchAll(/`([\w.-]+)`/g)].map((m) => m[1])
    expect(listed.sort()).toEqual([...BUILTIN_ACTIONS].sort())
  })

  it('shows the example CI runs, as it is', async () => {
    const example = await readFile(join(ROOT, 'test/automator/example.test.ts'), 'utf8')
    expect(between('example')).toContain(example.trimEnd())
  })
})
