// Every problem the compiler finds is a CompileError: a code, a message, and where it is in the
// source file (never in generated code). Phases report through `onError` and keep going, so one
// bad file or tag never hides the others.

export interface SourceLocation {
  /** Project-relative path of the source file, with `/` separators. */
  file: string
  /** 1-based line. */
  line: number
  /** 1-based column, counted in UTF-16 units like JavaScript strings. */
  column: number
  /** 0-based offset in the file. */
  offset: number
}

export type Severity = 'error' | 'warning'

export const errorMessages = {
  // WXML structure
  WXML_UNCLOSED_TAG: 'tag <{0}> is not closed',
  WXML_UNEXPECTED_CLOSE: 'unexpected closing tag </{0}>',
  WXML_MISMATCHED_CLOSE: 'closing tag </{0}> does not match <{1}>',
  WXML_DUPLICATE_ATTR: 'duplicate attribute "{0}"',
  WXML_ELSE_WITHOUT_IF: '{0} must directly follow an element with wx:if or wx:elif',
  WXML_TEMPLATE_NO_NAME: '<template> needs a name or an is attribute',
  WXML_BAD_FOR: 'invalid wx:for: {0}',
  WXML_BAD_ATTR: 'invalid attribute {0}: {1}',
  WXML_UNCLOSED_MUSTACHE: 'unclosed {{ in "{0}"',
  WXML_SYNTAX: 'WXML syntax error: {0}',
  // WXML expressions
  EXPR_SYNTAX: 'bad expression: {0}',
  // files and references
  FILE_NOT_FOUND: 'file not found: {0}',
  IMPORT_NOT_FOUND: 'cannot resolve {0} "{1}"',
  INCLUDE_CYCLE: 'include cycle: {0}',
  IMPORT_CYCLE: 'import cycle: {0}',
  COMPONENT_NOT_FOUND: 'component "{0}" not found at "{1}"',
  // WXS
  WXS_SYNTAX: 'WXS syntax error: {0}',
  WXS_MODULE_NAME: 'invalid WXS module: {0}',
  // WXSS
  WXSS_SYNTAX: 'WXSS syntax error: {0}',
  // JSON
  JSON_SYNTAX: 'invalid JSON: {0}',
  JSON_INVALID: 'invalid config: {0}',
  // JS
  JS_SYNTAX: 'JavaScript syntax error: {0}',
  JS_PACKAGE_REQUIRE: '{0}',
} as const

export type ErrorCode = keyof typeof errorMessages

export interface CompileError {
  code: ErrorCode
  severity: Severity
  message: string
  loc: SourceLocation
  /** A few lines of the source around `loc` with a caret under the column. */
  frame: string
}

export type OnError = (error: CompileError) => void

/** Formats a message template: `{0}` is replaced by the first argument, and so on. */
export function formatMessage(code: ErrorCode, args: readonly string[]): string {
  return errorMessages[code].replace(/\{(\d+)\}/g, (_, i: string) => args[Number(i)] ?? '')
}

export function createError(
  code: ErrorCode,
  loc: SourceLocation,
  source: string,
  args: readonly string[] = [],
  severity: Severity = 'error',
): CompileError {
  return { code, severity, message: formatMessage(code, args), loc, frame: codeFrame(source, loc) }
}

/** Line and column of an offset in `source` (both 1-based). */
export function locationAt(file: string, source: string, offset: number): SourceLocation {
  let line = 1
  let lineStart = 0
  const end = Math.min(Math.max(offset, 0), source.length)
  for (let i = 0; i < end; i++) {
    if (source.charCodeAt(i) === 10) {
      line++
      lineStart = i + 1
    }
  }
  return { file, line, column: end - lineStart + 1, offset: end }
}

/** 0-based offset of a 1-based line and column (as postcss and acorn report positions). */
export function offsetAt(source: string, line: number, column: number): number {
  let offset = 0
  for (let n = 1; n < line; n++) {
    const next = source.indexOf('\n', offset)
    if (next < 0) return source.length
    offset = next + 1
  }
  return Math.min(offset + column - 1, source.length)
}

/** Two lines of context either side of `loc`, with a caret under its column. Reads only the
 *  lines it shows (a file with thousands of errors must not be split thousands of times), and
 *  shows a window around the column of a very long line (minified library files are one line). */
export function codeFrame(source: string, loc: SourceLocation, context = 2): string {
  const lineStart = source.lastIndexOf('\n', Math.min(loc.offset, source.length) - 1) + 1
  const lines: Array<[number, string]> = []
  let start = lineStart
  for (let n = loc.line; n >= Math.max(1, loc.line - context); n--) {
    const end = source.indexOf('\n', start)
    lines.unshift([n, source.slice(start, end < 0 ? source.length : end).replace(/\r$/, '')])
    if (start === 0) break
    start = source.lastIndexOf('\n', start - 2) + 1
  }
  let next = source.indexOf('\n', lineStart)
  for (let n = loc.line + 1; n <= loc.line + context && next >= 0; n++) {
    const end = source.indexOf('\n', next + 1)
    lines.push([n, source.slice(next + 1, end < 0 ? source.length : end).replace(/\r$/, '')])
    next = end
  }
  const width = String(lines[lines.length - 1]?.[0] ?? loc.line).length
  const [from, to] = clipWindow(loc.column)
  const out: string[] = []
  for (const [n, full] of lines) {
    const text = clipLine(full, from, to)
    out.push(`${n === loc.line ? '>' : ' '} ${String(n).padStart(width)} | ${text}`)
    if (n === loc.line) {
      const lead = (from > 0 ? '…' : '') + full.slice(from, loc.column - 1)
      out.push(`  ${' '.repeat(width)} | ${lead.replace(/[^\t]/g, ' ')}^`)
    }
  }
  return out.join('\n')
}

const FRAME_WIDTH = 120

/** The slice of each line shown: the whole line, or a window that keeps the column in view. */
function clipWindow(column: number): [number, number] {
  const from = Math.max(0, column - 1 - FRAME_WIDTH / 2)
  return [from, from + FRAME_WIDTH]
}

function clipLine(line: string, from: number, to: number): string {
  if (line.length <= FRAME_WIDTH && from === 0) return line
  return (from > 0 ? '…' : '') + line.slice(from, to) + (line.length > to ? '…' : '')
}

/** `code: message`, then `file:line:column`, then the code frame (as Svelte prints them). */
export function formatError(error: CompileError): string {
  const { loc } = error
  return `${error.severity === 'warning' ? 'warning ' : ''}${error.code}: ${error.message}\n  at ${loc.file}:${loc.line}:${loc.column}\n${error.frame}`
}

/** Collects errors; phases push here and carry on. */
export class ErrorList {
  readonly items: CompileError[] = []
  readonly onError: OnError = (e) => {
    this.items.push(e)
  }
  get hasErrors(): boolean {
    return this.items.some((e) => e.severity === 'error')
  }
}
