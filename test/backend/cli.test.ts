// mpsim platform / tunnel / session: they start on loopback, print where, refuse bad usage, and
// never print a secret.

import { afterEach, expect, it } from 'vitest'
import { platform, session, tunnel } from '../../cli/backend.ts'

function capture() {
  const out: string[] = []
  const err: string[] = []
  return {
    io: { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) },
    out,
    err,
  }
}

/** Runs a command until `check` has seen its URL, then stops it. */
async function serve(
  command: typeof platform,
  argv: string[],
  check: (url: string) => Promise<void>,
) {
  const { io, out, err } = capture()
  let stop!: () => void
  const running = command(argv, io, new Promise<void>((r) => (stop = r)))
  for (let i = 0; i < 200 && !out.join('').includes('http://'); i++)
    await new Promise((r) => setTimeout(r, 10))
  const url = /http:\/\/[\d.:]+/.exec(out.join(''))?.[0]
  expect(url, err.join('')).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
  await check(url!)
  stop()
  expect(await running).toBe(0)
  return out.join('') + err.join('')
}

afterEach(() => {
  delete process.env.MPSIM_TUNNEL_SECRET
})

it('mpsim platform serves jscode2session on loopback and keeps the secret out of its output', async () => {
  const output = await serve(
    platform,
    ['--app', 'wxcli:cli-secret-1', '--port', '0'],
    async (url) => {
      const answer = await (
        await fetch(`${url}/sns/jscode2session?appid=wxcli&secret=x&js_code=y`)
      ).json()
      expect(answer).toMatchObject({ errcode: 40125 })
    },
  )
  expect(output).not.toContain('cli-secret-1')
})

it('mpsim tunnel needs its secret from the environment', async () => {
  const { io, err } = capture()
  expect(await tunnel(['--port', '0'], io, Promise.resolve())).toBe(2)
  expect(err.join('')).toMatch(/MPSIM_TUNNEL_SECRET/)
  process.env.MPSIM_TUNNEL_SECRET = 'cli-tunnel-secret'
  const output = await serve(tunnel, ['--port', '0'], async (url) => {
    expect((await fetch(`${url}/broadcast`, { method: 'POST', body: '{}' })).status).toBe(401)
  })
  expect(output).not.toContain('cli-tunnel-secret')
})

it('mpsim session refuses to start without its secrets or app and names what is missing', async () => {
  const { io, err } = capture()
  expect(await session(['--port', '0'], io, Promise.resolve())).toBe(2)
  expect(await session(['--app', 'wxcli', '--port', '0'], io, Promise.resolve())).toBe(2)
  expect(err.join('')).toMatch(/give --app APPID[\s\S]*MPSIM_APP_SECRET, MPSIM_TOKEN_SECRET/)
  expect(await platform(['--bogus'], io, Promise.resolve())).toBe(2)
})
