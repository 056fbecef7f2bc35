// Applies a setData patch to plain data, for engines that re-render from scratch (wcc): the
// same path syntax as setData (`a.b[2].c`, `list[3].name`), deep-cloning along the path so the
// previous data object is never mutated.

export function parsePath(path: string): Array<string | number> {
  const segs: Array<string | number> = []
  const re = /([^.[\]]+)|\[(\d+)\]/g
  for (const m of path.matchAll(re)) {
    if (m[2] !== undefined) segs.push(Number(m[2]))
    else if (m[1] !== undefined) segs.push(m[1])
  }
  return segs
}

export function applyPatch(
  data: Record<string, unknown>,
  patch: Record<string, unknown>,
): Record<string, unknown> {
  let next = data
  for (const [path, value] of Object.entries(patch)) {
    next = setPath(next, parsePath(path), value) as Record<string, unknown>
  }
  return next
}

function setPath(target: unknown, segs: Array<string | number>, value: unknown): unknown {
  const [head, ...rest] = segs
  if (head === undefined) return value
  const copy: unknown = Array.isArray(target)
    ? [...(target as unknown[])]
    : typeof target === 'object' && target !== null
      ? { ...(target as Record<string, unknown>) }
      : typeof head === 'number'
        ? []
        : {}
  const base = copy as Record<string | number, unknown>
  base[head] = setPath(base[head], rest, value)
  return base
}
