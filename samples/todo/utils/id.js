let last = 0

export function nextId() {
  last += 1
  return last
}
