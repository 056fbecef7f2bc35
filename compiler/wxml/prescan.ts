// Pre-scan for the WXML parser: text the tokenizer must not see as markup (<wxs> bodies, `<`
// inside {{ }}), masked with spaces so that every offset stays exact.

export interface Range {
  start: number
  end: number
}

/** Body ranges of `<wxs …>…</wxs>` (skipping comments), found before tokenizing. */
export function findWxsBodies(source: string): Range[] {
  const bodies: Range[] = []
  let i = 0
  for (;;) {
    const open = source.indexOf('<wxs', i)
    if (open === -1) return bodies
    const comment = source.indexOf('<!--', i)
    if (comment !== -1 && comment < open) {
      const end = source.indexOf('-->', comment + 4)
      if (end === -1) return bodies
      i = end + 3
      continue
    }
    i = open + 4
    if (!/[\s/>]/.test(source.charAt(i))) continue
    const gt = tagEnd(source, i)
    if (gt === -1) return bodies
    i = gt + 1
    if (source.charCodeAt(gt - 1) === 47) continue // `<wxs … />`
    const close = /<\/wxs[\s>]/g
    close.lastIndex = i
    const end = close.exec(source)?.index ?? source.length
    bodies.push({ start: i, end })
    i = end
  }
}

/** Index of the `>` that ends the tag whose attributes start at `from` (quotes honoured). */
function tagEnd(source: string, from: number): number {
  for (let i = from; i < source.length; i++) {
    const c = source.charCodeAt(i)
    if (c === 62) return i
    if (c === 34 || c === 39) {
      const q = source.indexOf(c === 34 ? '"' : "'", i + 1)
      if (q === -1) return -1
      i = q
    }
  }
  return -1
}

/** The source with each range blanked out (same length, so offsets stay exact). */
export function maskRanges(source: string, ranges: readonly Range[]): string {
  if (ranges.length === 0) return source
  const parts: string[] = []
  let at = 0
  for (const r of ranges) {
    parts.push(source.slice(at, r.start), ' '.repeat(r.end - r.start))
    at = r.end
  }
  parts.push(source.slice(at))
  return parts.join('')
}

/** Blanks `<` inside `{{ }}` (`{{a<b}}` in text is an expression, as in glass-easel). A region
 *  holding `</` or `<!--` is left alone: more likely an unclosed `{{` than a comparison. */
export function maskMustacheLt(source: string): string {
  let out = source
  let i = out.indexOf('{{')
  while (i !== -1) {
    const close = out.indexOf('}}', i + 2)
    if (close === -1) break
    const lt = out.indexOf('<', i + 2)
    if (lt !== -1 && lt < close) {
      const inner = out.slice(i + 2, close)
      if (!inner.includes('</') && !inner.includes('<!--')) {
        out = out.slice(0, i + 2) + inner.replaceAll('<', ' ') + out.slice(close)
      }
    }
    i = out.indexOf('{{', close + 2)
  }
  return out
}
