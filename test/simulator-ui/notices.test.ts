// The session's change notices wait for the app to be quiet before the UI redraws: the
// simulator page also hands every bridge message on, and a redraw between a tap's messages
// held them back. Under a steady stream they still come, at most MAX_WAIT_MS apart.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { Notices } from '../../devserver/client/ui/host-session.ts'

describe('session notices', () => {
  beforeEach(() => void vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }))
  afterEach(() => void vi.useRealTimers())

  it('tells the topics once, after a burst of messages has ended', () => {
    const notices = new Notices()
    const heard: string[][] = []
    notices.subscribe((topics) => heard.push([...topics].sort()))
    for (let i = 0; i < 6; i++) {
      notices.add(i % 2 ? 'bridge' : 'stack')
      vi.advanceTimersByTime(5)
    }
    expect(heard).toEqual([])
    vi.advanceTimersByTime(Notices.QUIET_MS)
    expect(heard).toEqual([['bridge', 'stack']])
    vi.advanceTimersByTime(500)
    expect(heard).toHaveLength(1)
  })

  it('does not wait longer than MAX_WAIT_MS under a steady stream', () => {
    const notices = new Notices()
    let calls = 0
    notices.subscribe(() => calls++)
    for (let t = 0; t <= Notices.MAX_WAIT_MS + 10; t += 5) {
      notices.add('logs')
      vi.advanceTimersByTime(5)
    }
    expect(calls).toBe(1)
  })

  it('says nothing after dispose', () => {
    const notices = new Notices()
    let calls = 0
    notices.subscribe(() => calls++)
    notices.add('ui')
    notices.dispose()
    vi.advanceTimersByTime(1000)
    expect(calls).toBe(0)
  })
})
