// `mpsim automator` as a user runs it: the real bin in a child process prints the endpoint,
// WeChat's client drives the todo sample through it, and miniProgram.close() (Tool.close) stops
// the command, which exits 0 and leaves nothing running; SIGTERM stops it too.

import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import automator from 'miniprogram-automator'
import { describe, expect, it } from 'vitest'
import { parseAutomatorArgs } from '../../cli/automator.ts'

const ROOT = join(import.meta.dirname, '../..')
const BIN = join(ROOT, 'bin/mpsim.js')

function start(args: string[]): {
  child: ChildProcess
  endpoint: Promise<string>
  exit: Promise<number | null>
  out: () => string
} {
  const child = spawn(process.execPath, [BIN, 'automator', ...args], { cwd: ROOT })
  let out = ''
  const endpoint = new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk
      const m = /automator: (ws:\/\/127\.0\.0\.1:\d+)/.exec(out)
      if (m) resolve(m[1]!)
    })
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk))
    child.on('close', () => reject(new Error(`mpsim automator ended before serving:\n${out}`)))
  })
  const exit = new Promise<number | null>((resolve) => child.on('close', resolve))
  return { child, endpoint, exit, out: () => out }
}

describe('mpsim automator', () => {
  it('parses its arguments', () => {
    expect(parseAutomatorArgs([])).toEqual({ port: 9420, browser: false })
    expect(parseAutomatorArgs(['app', '--port', '0', '--browser'])).toEqual({
      project: 'app',
      port: 0,
      browser: true,
    })
    expect(parseAutomatorArgs(['--port=70000'])).toBe('--port needs a port number (got 70000)')
    expect(parseAutomatorArgs(['--nope'])).toBe('unknown option --nope')
  })

  it('serves the todo sample until the client closes the session', async () => {
    const run = start(['samples/todo', '--port', '0'])
    const mp = await automator.connect({ wsEndpoint: await run.endpoint })
    const page = (await mp.currentPage())!
    expect(page.path).toBe('pages/index/index')
    await ((await page.$('.add-input')) as unknown as { input(v: string): Promise<void> }).input(
      'From the CLI',
    )
    await (await page.$('.add-btn'))!.tap()
    expect(await page.data('visible[3].title')).toBe('From the CLI')
    await mp.close() // App.exit, Tool.close, disconnect
    expect(await run.exit).toBe(0)
    expect(run.out()).toContain('mpsim automator: stopped')
  })

  it('stops on SIGTERM with no client and on a bad project says why', async () => {
    const run = start(['samples/navigation', '--port', '0'])
    await run.endpoint
    run.child.kill('SIGTERM')
    expect(await run.exit).toBe(0)
    const bad = start(['no/such/project', '--port', '0'])
    await expect(bad.endpoint).rejects.toThrow('is not a mini-program project')
    expect(await bad.exit).toBe(2)
  })
})
