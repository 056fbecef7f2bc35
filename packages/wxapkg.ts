// The wxapkg container, the layout of the platform's code packages: a 14-byte header (mark 0xBE,
// a reserved word, the index length, the data length, mark 0xED), the index (file count, then
// per file: name length, name, absolute offset, size; all big-endian uint32), then the files'
// bytes. Pure bytes in, bytes out, so the same code reads packages in Node and in the browser.

export interface PackedFile {
  /** Path inside the package, with a leading slash: `/app-config.json`. */
  path: string
  data: Uint8Array
}

/** A file that is not a whole, well-formed wxapkg. */
export class PackageFormatError extends Error {
  override name = 'PackageFormatError'
}

const FIRST_MARK = 0xbe
const LAST_MARK = 0xed
const HEADER_BYTES = 14
const MAX_UINT32 = 0xffffffff

export function encodeWxapkg(files: readonly PackedFile[]): Uint8Array {
  const encoder = new TextEncoder()
  const names = files.map((f) => encoder.encode(normalisePath(f.path)))
  const seen = new Set<string>()
  for (const f of files) {
    const path = normalisePath(f.path)
    if (seen.has(path)) throw new PackageFormatError(`"${path}" is in the package twice`)
    seen.add(path)
  }
  const indexBytes = 4 + names.reduce((sum, name) => sum + 12 + name.length, 0)
  const dataBytes = files.reduce((sum, f) => sum + f.data.length, 0)
  const total = HEADER_BYTES + indexBytes + dataBytes
  if (total > MAX_UINT32) throw new PackageFormatError(`a package cannot exceed 4 GiB (${total} B)`)
  const out = new Uint8Array(total)
  const view = new DataView(out.buffer)
  out[0] = FIRST_MARK
  view.setUint32(1, 0)
  view.setUint32(5, indexBytes)
  view.setUint32(9, dataBytes)
  out[13] = LAST_MARK
  let at = HEADER_BYTES
  view.setUint32(at, files.length)
  at += 4
  let offset = HEADER_BYTES + indexBytes
  files.forEach((file, i) => {
    const name = names[i]!
    view.setUint32(at, name.length)
    out.set(name, at + 4)
    at += 4 + name.length
    view.setUint32(at, offset)
    view.setUint32(at + 4, file.data.length)
    at += 8
    out.set(file.data, offset)
    offset += file.data.length
  })
  return out
}

/** Reads a package; throws PackageFormatError naming what is wrong when it is not whole. */
export function decodeWxapkg(bytes: Uint8Array, name = 'package'): PackedFile[] {
  const fail = (why: string): never => {
    throw new PackageFormatError(`${name}: ${why}`)
  }
  if (bytes.length < HEADER_BYTES + 4)
    fail(`truncated: ${bytes.length} B is shorter than a wxapkg header`)
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (bytes[0] !== FIRST_MARK || bytes[13] !== LAST_MARK)
    fail(
      `not a wxapkg file (header marks ${hex(bytes[0]!)}…${hex(bytes[13]!)}, expected 0xbe…0xed)`,
    )
  const indexBytes = view.getUint32(5)
  const dataBytes = view.getUint32(9)
  const expected = HEADER_BYTES + indexBytes + dataBytes
  if (bytes.length < expected)
    fail(`truncated: the header declares ${expected} B, the file has ${bytes.length} B`)
  if (bytes.length > expected)
    fail(`${bytes.length - expected} B of unexpected data after the declared end (${expected} B)`)
  const decoder = new TextDecoder('utf-8', { fatal: true })
  const indexEnd = HEADER_BYTES + indexBytes
  const dataStart = indexEnd
  let at = HEADER_BYTES
  const need = (n: number, what: string) => {
    if (at + n > indexEnd) fail(`corrupted index: ${what} runs past the index end (${indexEnd})`)
  }
  need(4, 'the file count')
  const count = view.getUint32(at)
  at += 4
  const files: PackedFile[] = []
  const seen = new Set<string>()
  for (let i = 0; i < count; i++) {
    need(4, `entry ${i}`)
    const nameLength = view.getUint32(at)
    need(4 + nameLength + 8, `entry ${i}`)
    let path: string
    try {
      path = decoder.decode(bytes.subarray(at + 4, at + 4 + nameLength))
    } catch {
      return fail(`corrupted index: entry ${i} has a name that is not UTF-8`)
    }
    at += 4 + nameLength
    const offset = view.getUint32(at)
    const size = view.getUint32(at + 4)
    at += 8
    if (!path.startsWith('/') || path.split('/').some((part) => part === '..'))
      fail(`corrupted index: entry ${i} has the path "${path}"`)
    if (seen.has(path)) fail(`corrupted index: "${path}" is listed twice`)
    seen.add(path)
    if (offset < dataStart || offset + size > expected)
      fail(`corrupted index: "${path}" (${size} B at ${offset}) lies outside the data section`)
    files.push({ path, data: bytes.slice(offset, offset + size) })
  }
  if (at !== indexEnd) fail(`corrupted index: ${indexEnd - at} B left over after ${count} entries`)
  return files
}

function normalisePath(path: string): string {
  const clean = '/' + path.replace(/\\/g, '/').replace(/^\/+/, '')
  if (clean.split('/').some((part) => part === '..' || part === '.'))
    throw new PackageFormatError(`"${path}" is not a plain path inside the package`)
  return clean
}

const hex = (n: number) => `0x${n.toString(16).padStart(2, '0')}`
