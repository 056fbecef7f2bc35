// setData's path syntax (`list[3].done`, `user.name`, `a.b[0][1]`), shared by the logic thread
// (which owns the data) and the view (which mirrors it). Bracket segments are numbers, dot
// segments are strings; the difference matters when a missing container must be created.

export type PathSegment = string | number

export class DataPathError extends Error {}

export function parseDataPath(path: string): PathSegment[] {
  const out: PathSegment[] = []
  let i = 0
  let key = ''
  const flush = () => {
    if (key) out.push(key)
    key = ''
  }
  while (i < path.length) {
    const ch = path[i]!
    if (ch === '\\' && i + 1 < path.length) {
      // `a\.b` is a key containing a dot.
      key += path[i + 1]
      i += 2
    } else if (ch === '.') {
      flush()
      i++
    } else if (ch === '[') {
      flush()
      const end = path.indexOf(']', i)
      const index = end < 0 ? NaN : Number(path.slice(i + 1, end).trim())
      if (!Number.isInteger(index) || index < 0) throw new DataPathError(`invalid path: ${path}`)
      out.push(index)
      i = end + 1
    } else {
      key += ch
      i++
    }
  }
  flush()
  if (out.length === 0) throw new DataPathError(`invalid path: ${path}`)
  return out
}

/** Sets `value` at `path` in `root`, creating missing containers (an array before a numeric
 *  segment, an object otherwise). */
export function setAtPath(
  root: Record<string, unknown>,
  path: readonly PathSegment[],
  value: unknown,
): void {
  let target: Record<string | number, unknown> = root
  for (let i = 0; i < path.length - 1; i++) {
    const seg = path[i]!
    let next = target[seg]
    if (next === null || typeof next !== 'object') {
      next = typeof path[i + 1] === 'number' ? [] : {}
      target[seg] = next
    }
    target = next as Record<string | number, unknown>
  }
  target[path[path.length - 1]!] = value
}

export function getAtPath(root: unknown, path: readonly PathSegment[]): unknown {
  let value: unknown = root
  for (const seg of path) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<string | number, unknown>)[seg]
  }
  return value
}
