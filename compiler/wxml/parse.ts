// WXML source → syntax tree (ast.ts), with a location on every node. htmlparser2's Tokenizer does
// the lexing; this file builds the tree with XML rules (no void elements, no implicit closing, names
// kept as written) and reports every problem through `onError` instead of throwing.
//
// The tokenizer runs in HTML mode for its HTML entity table (`&nbsp;`, like WeChat) and because
// `<` followed by a space stays text (`{{ a < b }}`). `isInForeignContext` is always true so no tag
// gets raw-text treatment (`<textarea>`, `<style>` are ordinary WXML tags here).

import { QuoteType, Tokenizer, type TokenizerCallbacks } from 'htmlparser2'
import { createError, type ErrorCode, type OnError, type Severity } from '../errors.ts'
import type { SourceLocation } from '../errors.ts'
import type { WxmlAttribute, WxmlElement, WxmlNode, WxmlRoot } from './ast.ts'
import { createLineIndex, type LineIndex } from './line-index.ts'
import { findWxsBodies, maskMustacheLt, maskRanges, type Range } from './prescan.ts'

export function parseWxml(file: string, source: string, onError: OnError): WxmlRoot {
  const root: WxmlRoot = { type: 'root', file, source, children: [] }
  const bodies = findWxsBodies(source)
  const builder = new TreeBuilder(root, createLineIndex(file, source), onError, bodies)
  const tokenizer = new Tokenizer({ decodeEntities: true, recognizeSelfClosing: true }, builder)
  try {
    tokenizer.write(maskMustacheLt(maskRanges(source, bodies)))
    tokenizer.end()
  } catch (e: unknown) {
    builder.fail(e)
  }
  builder.finish()
  return root
}

interface PendingAttr {
  name: string
  start: number
  nameEnd: number
  value: string
}

interface PendingText {
  start: number
  end: number
  value: string
}

class TreeBuilder implements TokenizerCallbacks {
  private readonly source: string
  private readonly stack: WxmlElement[] = []
  /** The open tag being read (between `<name` and `>`). */
  private tag: WxmlElement | null = null
  private attr: PendingAttr | null = null
  private text: PendingText | null = null
  /** End of the last markup token: where text that starts with an entity starts. */
  private lastEnd = 0
  /** Text before this offset is a masked <wxs> body, already added raw. */
  private rawUntil = 0
  private readonly bodyEnds = new Map<number, number>()

  constructor(
    private readonly root: WxmlRoot,
    private readonly lines: LineIndex,
    private readonly onError: OnError,
    bodies: readonly Range[],
  ) {
    this.source = root.source
    for (const b of bodies) this.bodyEnds.set(b.start, b.end)
  }

  // ---- text ----

  ontext(start: number, end: number): void {
    if (start < this.rawUntil) return
    this.addText(start, end, this.source.slice(start, end))
  }

  /** Entities in text stay as written: the platform decodes them only in <text decode> (the
   *  text component's docs; WeChat's compiler wcc agrees, see test/differential). */
  ontextentity(_codepoint: number, endIndex: number): void {
    const start = this.text ? this.text.end : this.lastEnd
    this.addText(start, endIndex, this.source.slice(start, endIndex))
  }

  oncdata(start: number, endIndex: number, endOffset: number): void {
    this.flushText()
    const value = this.source.slice(start, endIndex - endOffset)
    this.append({ type: 'text', value, loc: this.loc(start) })
    this.lastEnd = endIndex + 1
  }

  private addText(start: number, end: number, value: string): void {
    if (this.text) {
      this.text.value += value
      this.text.end = end
    } else {
      this.text = { start, end, value }
    }
  }

  private flushText(): void {
    const text = this.text
    if (!text) return
    this.text = null
    this.append({ type: 'text', value: text.value, loc: this.loc(text.start) })
    this.checkStrayLt(text.start, text.end)
  }

  /** A `<` that starts no tag is text (glass-easel agrees) but likely a typo, unless inside
   *  `{{ }}` or followed by a space: a warning. */
  private checkStrayLt(start: number, end: number): void {
    const src = this.source
    let lt = src.indexOf('<', start)
    while (lt !== -1 && lt < end) {
      const open = src.lastIndexOf('{{', lt)
      const inMustache = open >= start && src.lastIndexOf('}}', lt) < open
      if (!inMustache && !/\s/.test(src.charAt(lt + 1))) {
        const message = '"<" does not start a tag (write &lt; for a literal "<")'
        this.error('WXML_SYNTAX', lt, [message], 'warning')
      }
      lt = src.indexOf('<', lt + 1)
    }
  }

  // ---- tags ----

  onopentagname(start: number, end: number): void {
    this.flushText()
    const tag = this.source.slice(start, end)
    const loc = this.loc(start - 1)
    this.tag = { type: 'element', tag, attrs: [], children: [], loc, selfClosing: false }
  }

  onattribname(start: number, end: number): void {
    this.attr = { name: this.source.slice(start, end), start, nameEnd: end, value: '' }
  }

  onattribdata(start: number, end: number): void {
    if (this.attr) this.attr.value += this.source.slice(start, end)
  }

  onattribentity(codepoint: number): void {
    if (this.attr) this.attr.value += String.fromCodePoint(codepoint)
  }

  onattribend(quote: QuoteType): void {
    const attr = this.attr
    this.attr = null
    if (!attr || !this.tag) return
    const loc = this.loc(attr.start)
    const hasValue = quote !== QuoteType.NoValue
    const valueLoc = hasValue ? this.loc(this.valueStart(attr.nameEnd, quote)) : loc
    const result: WxmlAttribute = {
      name: attr.name,
      value: hasValue ? attr.value : null,
      loc,
      valueLoc,
    }
    // WeChat keeps the first and warns (tdesign ships such files).
    if (this.tag.attrs.some((a) => a.name === attr.name)) {
      this.error('WXML_DUPLICATE_ATTR', attr.start, [attr.name], 'warning')
      return
    }
    this.tag.attrs.push(result)
  }

  /** Offset of the first value character: after `=`, spaces and the opening quote. */
  private valueStart(nameEnd: number, quote: QuoteType): number {
    let i = this.source.indexOf('=', nameEnd) + 1
    while (/\s/.test(this.source.charAt(i))) i++
    return quote === QuoteType.Unquoted ? i : i + 1
  }

  onopentagend(endIndex: number): void {
    const el = this.takeTag(endIndex)
    if (!el) return
    this.append(el)
    this.stack.push(el)
    const bodyEnd = el.tag === 'wxs' ? this.bodyEnds.get(endIndex + 1) : undefined
    if (bodyEnd !== undefined) this.addRawBody(el, endIndex + 1, bodyEnd)
  }

  onselfclosingtag(endIndex: number): void {
    const el = this.takeTag(endIndex)
    if (!el) return
    el.selfClosing = true
    this.append(el)
  }

  private takeTag(endIndex: number): WxmlElement | null {
    const el = this.tag
    this.tag = null
    this.lastEnd = endIndex + 1
    return el
  }

  /** A <wxs> body is JavaScript: one text child, exactly as written. */
  private addRawBody(el: WxmlElement, start: number, end: number): void {
    this.rawUntil = end
    if (end > start) {
      el.children.push({ type: 'text', value: this.source.slice(start, end), loc: this.loc(start) })
    }
  }

  onclosetag(start: number, end: number): void {
    this.flushText()
    const name = this.source.slice(start, end)
    const gt = this.source.indexOf('>', end)
    this.lastEnd = gt === -1 ? this.source.length : gt + 1
    const at = start - 2
    let i = this.stack.length - 1
    while (i >= 0 && this.stack[i]!.tag !== name) i--
    if (i < 0) {
      this.error('WXML_UNEXPECTED_CLOSE', at, [name])
      return
    }
    const top = this.stack[this.stack.length - 1]!
    if (top.tag !== name) this.error('WXML_MISMATCHED_CLOSE', at, [name, top.tag])
    this.stack.length = i
  }

  // ---- comments and other markup ----

  oncomment(start: number, endIndex: number, endOffset: number): void {
    this.flushText()
    this.lastEnd = endIndex + 1
    const lt = this.source.lastIndexOf('<', start)
    if (!this.source.startsWith('<!--', lt) || lt + 4 > start) {
      this.bogusMarkup(lt, endIndex)
      return
    }
    // Accepted by WeChat, but it hides the rest of the file.
    if (endIndex >= this.source.length) {
      this.error('WXML_SYNTAX', lt, ['comment is not closed (it runs to the end)'], 'warning')
    }
    const value = this.source.slice(start, Math.max(start, endIndex - endOffset))
    this.append({ type: 'comment', value, loc: this.loc(lt) })
  }

  /** `<!x>` and `<?x?>` are ignored with a warning (as glass-easel does); `</ x>` is an error. */
  private bogusMarkup(lt: number, endIndex: number): void {
    const snippet = this.source.slice(lt, Math.min(endIndex + 1, lt + 24))
    const closing = this.source.charAt(lt + 1) === '/'
    const message = closing ? `bad closing tag "${snippet}"` : `"${snippet}" is not WXML (ignored)`
    this.error('WXML_SYNTAX', lt, [message], closing ? 'error' : 'warning')
  }

  ondeclaration(start: number, endIndex: number): void {
    this.flushText()
    this.lastEnd = endIndex + 1
    this.error('WXML_SYNTAX', start - 2, ['<!DOCTYPE …> is not WXML (ignored)'], 'warning')
  }

  onprocessinginstruction(start: number, endIndex: number): void {
    this.ondeclaration(start, endIndex)
  }

  isInForeignContext(): boolean {
    return true
  }

  onend(): void {}

  // ---- end of input ----

  /** An exception from the tokenizer becomes an error where parsing had got to. */
  fail(e: unknown): void {
    const message = e instanceof Error ? e.message : String(e)
    this.error('WXML_SYNTAX', this.text?.end ?? this.lastEnd, [`parser failure: ${message}`])
  }

  finish(): void {
    this.flushText()
    if (this.tag) this.finishOpenTag(this.tag)
    for (const el of this.stack) this.error('WXML_UNCLOSED_TAG', el.loc.offset, [el.tag])
    this.stack.length = 0
  }

  /** Input ended inside `<tag ...`: keep the element, report the quote or the missing `>`. */
  private finishOpenTag(el: WxmlElement): void {
    this.tag = null
    const attr = this.attr
    const quoted = attr ? this.openQuote(attr.nameEnd) : -1
    if (attr && quoted !== -1) {
      this.error('WXML_BAD_ATTR', quoted, [attr.name, 'the quote is not closed'])
    } else {
      this.error('WXML_UNCLOSED_TAG', el.loc.offset, [el.tag])
    }
    el.selfClosing = true
    this.append(el)
  }

  /** Offset of the quote that opens the value after `nameEnd`, or -1. */
  private openQuote(nameEnd: number): number {
    const m = /^\s*=\s*(["'])/.exec(this.source.slice(nameEnd, nameEnd + 200))
    return m ? nameEnd + m[0].length - 1 : -1
  }

  // ---- helpers ----

  private append(node: WxmlNode): void {
    const parent = this.stack[this.stack.length - 1]
    if (parent) parent.children.push(node)
    else this.root.children.push(node)
  }

  private loc(offset: number): SourceLocation {
    return this.lines.locate(offset)
  }

  private error(code: ErrorCode, offset: number, args: string[], severity?: Severity): void {
    this.onError(createError(code, this.loc(offset), this.source, args, severity))
  }
}
