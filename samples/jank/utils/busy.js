// Work that keeps the thread busy for `ms` milliseconds, as a heavy handler does (parsing,
// sorting, layout maths). It returns a number so the loop is not optimised away.

function busyFor(ms) {
  const end = Date.now() + ms
  let x = 0
  while (Date.now() < end) x += Math.sqrt(x + 1)
  return x
}

module.exports = { busyFor }
