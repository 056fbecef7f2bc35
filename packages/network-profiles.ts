// Network conditions a package download meets, named after the profiles engineers already know:
// Chrome DevTools' "Fast 3G" and "Slow 3G" throttling presets, WebPageTest's "4G" connectivity
// profile, and a home Wi-Fi link. Latency is one round trip before the first byte of each
// response; bandwidth is the link's download rate, shared by all responses in flight; loss is
// the chance that a response's connection is dropped partway through.

export interface NetworkProfile {
  name: string
  /** Round-trip time before a response starts, in ms. */
  latencyMs: number
  /** Download rate in bytes per second (Infinity: unthrottled). */
  bytesPerSecond: number
  /** Probability (0–1) that a response is cut off partway and its connection dropped. */
  loss: number
}

const kbps = (n: number) => (n * 1000) / 8

export const NETWORK_PROFILES: Readonly<Record<string, NetworkProfile>> = {
  none: { name: 'none', latencyMs: 0, bytesPerSecond: Infinity, loss: 0 },
  wifi: { name: 'wifi', latencyMs: 20, bytesPerSecond: kbps(30_000), loss: 0 },
  // WebPageTest "4G": 9 Mbps down, 170 ms RTT
  '4g': { name: '4g', latencyMs: 170, bytesPerSecond: kbps(9_000), loss: 0 },
  // Chrome DevTools "Fast 3G": 1.44 Mbps down (1.6 Mbps × 0.9), 562.5 ms RTT (150 ms × 3.75)
  '3g': { name: '3g', latencyMs: 562.5, bytesPerSecond: kbps(1_440), loss: 0 },
  // Chrome DevTools "Slow 3G": 400 kbps down (500 kbps × 0.8), 2000 ms RTT (400 ms × 5)
  'slow-3g': { name: 'slow-3g', latencyMs: 2000, bytesPerSecond: kbps(400), loss: 0 },
}

/**
 * A named profile, optionally changed: `4g`, `4g,loss=0.1`, `latency=50,kbps=2000`. Unknown
 * names and keys are errors that list what exists.
 */
export function parseNetworkProfile(spec: string): NetworkProfile {
  const parts = spec
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)
  const first = parts[0] && !parts[0].includes('=') ? parts.shift()! : 'none'
  const base = NETWORK_PROFILES[first]
  if (!base)
    throw new Error(
      `unknown network profile "${first}" (known: ${Object.keys(NETWORK_PROFILES).join(', ')})`,
    )
  const profile = { ...base, name: spec }
  for (const part of parts) {
    const [key, raw = ''] = part.split('=')
    const value = Number(raw)
    if (!Number.isFinite(value) || value < 0)
      throw new Error(`network profile "${spec}": ${key} needs a number ≥ 0, got "${raw}"`)
    if (key === 'latency') profile.latencyMs = value
    else if (key === 'kbps') profile.bytesPerSecond = value === 0 ? Infinity : kbps(value)
    else if (key === 'loss') {
      if (value > 1) throw new Error(`network profile "${spec}": loss is a probability (0–1)`)
      profile.loss = value
    } else
      throw new Error(`network profile "${spec}": unknown setting "${key}" (latency, kbps, loss)`)
  }
  return profile
}
