// Logins against the simulated platform: the platform's jscode2session alone (baseline), the
// whole login through a Wafer 2 business server (Express + SQLite: code → platform → session →
// token), and through the Wafer 1 layout (business server → session service → platform). One
// login at a time; the phone's part (getting the code and the signed profile) is not timed.

import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CHAT_APP_ID, type ChatStack, startChatStack } from '../../samples/chat/server/stack.ts'
import type { TimedBench } from '../harness.ts'

const PER_CALL = 20
let users = 0

async function phone(platformUrl: string) {
  const post = async (path: string, user: string) =>
    (await (
      await fetch(platformUrl + path, {
        method: 'POST',
        body: JSON.stringify({ appid: CHAT_APP_ID, user }),
      })
    ).json()) as Record<string, string>
  const user = `bench-${users++}`
  const { code } = await post('/mpsim/login', user)
  const info = await post('/mpsim/user_info', user)
  return { code: code!, ...info }
}

async function timeEach(run: () => Promise<() => Promise<void>>): Promise<number[]> {
  const times: number[] = []
  for (let i = 0; i < PER_CALL; i++) {
    const timed = await run()
    const start = performance.now()
    await timed()
    times.push(performance.now() - start)
  }
  return times
}

export interface LoginStacks {
  benches: TimedBench[]
  close(): Promise<void>
}

export async function loginBenches(): Promise<LoginStacks> {
  const dir = await mkdtemp(join(tmpdir(), 'mpsim-bench-login-'))
  const rate = 1_000_000
  const wafer2: ChatStack = await startChatStack({
    layout: 'wafer2',
    store: 'sqlite',
    dataDir: dir,
    ratePerMinute: rate,
  })
  const wafer1: ChatStack = await startChatStack({
    layout: 'wafer1',
    store: 'sqlite',
    dataDir: dir,
    ratePerMinute: rate,
  })
  const platformApp = Object.keys(wafer2.platform.state.options.apps)[0]!
  const secret = wafer2.platform.state.options.apps[platformApp]!
  const loginThrough = (stack: ChatStack) => async () => {
    const body = JSON.stringify(await phone(stack.platform.url))
    return async () => {
      const res = await fetch(`${stack.chat.url}/weapp/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      })
      if (res.status !== 200) throw new Error(`login: ${res.status} ${await res.text()}`)
    }
  }
  return {
    benches: [
      {
        name: 'jscode2session alone (baseline)',
        timed: () =>
          timeEach(async () => {
            const { code } = await phone(wafer2.platform.url)
            const q = new URLSearchParams({
              appid: platformApp,
              secret,
              js_code: code,
              grant_type: 'authorization_code',
            })
            return async () => {
              const answer = (await (
                await fetch(`${wafer2.platform.url}/sns/jscode2session?${q}`)
              ).json()) as { openid?: string }
              if (!answer.openid) throw new Error('code2session failed')
            }
          }),
      },
      { name: 'login, Wafer 2 (business server)', timed: () => timeEach(loginThrough(wafer2)) },
      { name: 'login, Wafer 1 (session service)', timed: () => timeEach(loginThrough(wafer1)) },
    ],
    async close() {
      await wafer2.close()
      await wafer1.close()
      await rm(dir, { recursive: true, force: true })
    },
  }
}
