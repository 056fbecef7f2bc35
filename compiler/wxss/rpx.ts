// rpx lengths. WXSS declares 750rpx = the window width; the px value depends on the device, so
// the compiler leaves each rpx number as a number chunk (CssChunks) for the view to convert.
//
// Between parsing and output an rpx length is written into the CSS text as a marker
// `\0<number>\0px`; `splitChunks` turns the final text into chunks. NUL cannot come from the
// source because `sanitize` replaces it first (CSS itself treats U+0000 as U+FFFD).

import valueParser from 'postcss-value-parser'
import type { CssChunks } from '../../runtime/view/bundle.ts'

const RPX = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)rpx$/i
const MARK = '\0'

/** Replaces NUL characters, as the CSS syntax spec does, so they cannot fake a marker. */
export function sanitize(source: string): string {
  return source.includes(MARK) ? source.replaceAll(MARK, '\uFFFD') : source
}

/** Marks every rpx length in a declaration value, skipping strings and url(…). Returns the
 *  value unchanged (same text) when it has none. */
export function markRpx(value: string): string {
  if (!/rpx/i.test(value)) return value
  const parsed = valueParser(value)
  let changed = false
  parsed.walk((node) => {
    if (node.type === 'function' && node.value.toLowerCase() === 'url') return false
    if (node.type !== 'word') return
    const m = RPX.exec(node.value)
    if (!m) return
    node.value = `${MARK}${Number(m[1])}${MARK}px`
    changed = true
  })
  return changed ? parsed.toString() : value
}

/** Splits CSS text with rpx markers into literal strings and rpx numbers. */
export function splitChunks(css: string): CssChunks {
  const parts = css.split(MARK)
  const chunks: CssChunks = []
  parts.forEach((part, i) => {
    if (i % 2 === 1) chunks.push(Number(part))
    else if (part !== '') chunks.push(part)
  })
  return chunks
}
