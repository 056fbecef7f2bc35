// The platform's guidance on setData, turned into warnings. WeChat's experience audit
// (体验评分, https://developers.weixin.qq.com/miniprogram/dev/framework/audits/performance.html)
// scores a page on:
// - "setData调用频率: 每秒调用setData的次数不超过 20 次" (at most 20 calls a second);
// - "setData数据大小: setData的数据在JSON.stringify后不超过 256KB" (one call's JSON ≤ 256 KB).
// Its performance tips (https://developers.weixin.qq.com/miniprogram/dev/framework/performance/tips.html,
// "后台态页面进行 setData") advise against setData on pages in the background. The hard limit
// (1024 KB, Page.setData's reference) is enforced by logic itself (runtime/logic/set-data.ts).

/** Largest setData the audit accepts: JSON length in characters (what `size` counts). */
export const SET_DATA_SIZE_ADVICE = 256 * 1024
/** Most setData calls the audit accepts in one second (per app: one logic thread sends all). */
export const SET_DATA_CALLS_PER_SECOND_ADVICE = 20

export type SetDataRule = 'size' | 'frequency' | 'background-page'

export interface SetDataWarning {
  rule: SetDataRule
  message: string
  webviewId: number
  /** Absolute µs (trace clock). */
  ts: number
  size?: number
  callsInLastSecond?: number
}

export interface SetDataCall {
  webviewId: number
  size: number
  /** Absolute µs. */
  ts: number
  /** The page is not the one on top (background). */
  background: boolean
  route?: string
}

/** Checks each setData against the guidance; frequency and background warnings are given once
 *  per burst (until the rate falls back under the advice, or the page is shown again). */
export class SetDataGuidance {
  #recent: number[] = []
  #overRate = false
  #backgroundWarned = new Set<number>()

  check(call: SetDataCall): SetDataWarning[] {
    const warnings: SetDataWarning[] = []
    const { webviewId, size, ts } = call
    const page = call.route ? ` on "${call.route}"` : ''
    if (size > SET_DATA_SIZE_ADVICE)
      warnings.push({
        rule: 'size',
        webviewId,
        ts,
        size,
        message: `setData${page} sent ${size} characters of JSON (${kb(size)} KB): the platform advises at most 256 KB (262144) per call`,
      })
    this.#recent.push(ts)
    while (this.#recent.length && this.#recent[0]! <= ts - 1_000_000) this.#recent.shift()
    const calls = this.#recent.length
    if (calls > SET_DATA_CALLS_PER_SECOND_ADVICE && !this.#overRate) {
      this.#overRate = true
      warnings.push({
        rule: 'frequency',
        webviewId,
        ts,
        callsInLastSecond: calls,
        message: `setData called ${calls} times in one second${page}: the platform advises at most 20 calls a second`,
      })
    } else if (calls <= SET_DATA_CALLS_PER_SECOND_ADVICE) this.#overRate = false
    if (!call.background) this.#backgroundWarned.delete(webviewId)
    else if (!this.#backgroundWarned.has(webviewId)) {
      this.#backgroundWarned.add(webviewId)
      warnings.push({
        rule: 'background-page',
        webviewId,
        ts,
        message: `setData${page} while the page is in the background: the platform advises not to update hidden pages`,
      })
    }
    return warnings
  }
}

const kb = (size: number) => Math.round((size / 1024) * 10) / 10
