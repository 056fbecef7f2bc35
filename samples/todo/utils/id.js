let last = 0

export function nextId() {
  last += 1
  return last
}

/** Ids up to `id` are taken (items loaded from storage). */
export function reserveId(id) {
  if (id > last) last = id
}
