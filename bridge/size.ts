// Sizes of messages as the record counts them: the UTF-8 bytes of their JSON form. JSON rather
// than structured-clone bytes because it is what the platform sends, it is the same in every
// home (Node, browser), and `v8.serialize` does not exist in a browser.

/**
 * UTF-8 byte length of a string, without encoding it. A surrogate pair counts 4 bytes, a lone
 * surrogate 3 (what TextEncoder writes for its replacement character).
 */
export function utf8Length(text: string): number {
  let bytes = text.length
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) continue
    if (c < 0x800) bytes += 1
    else if (c >= 0xd800 && c <= 0xdbff && isLow(text.charCodeAt(i + 1))) {
      bytes += 2 // 2 units → 4 bytes
      i++
    } else bytes += 2
  }
  return bytes
}

const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff

// Node's native count is many times faster on long strings; browsers have no equivalent that
// does not allocate the encoded bytes, so they use the loop.
const nativeByteLength = (
  globalThis as { Buffer?: { byteLength(text: string, encoding: 'utf8'): number } }
).Buffer?.byteLength

/** UTF-8 byte length, natively where the platform can. */
export const byteLength: (text: string) => number = nativeByteLength
  ? (text) => nativeByteLength(text, 'utf8')
  : utf8Length

/** UTF-8 bytes of `JSON.stringify(value)`; 0 when it has no JSON form (undefined, a function). */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value) as string | undefined
  return json === undefined ? 0 : byteLength(json)
}

/**
 * Bytes of a message's JSON form. A `setData` whose patch crosses as a JSON string counts that
 * string as the patch's JSON (not as an escaped string inside the message's JSON), so the
 * count is the same whichever wire form the patch took.
 */
export function messageBytes(message: { type: string }): number {
  const m = message as { type: string; patch?: unknown }
  if (m.type === 'setData' && typeof m.patch === 'string') {
    return jsonBytes({ ...m, patch: null }) - NULL_BYTES + byteLength(m.patch)
  }
  return jsonBytes(message)
}

const NULL_BYTES = 4
