// The user data wx.getUserProfile / wx.getUserInfo hand out, made the way the platform makes it:
// rawData is the profile as JSON, signature = sha1(rawData + session_key), and encryptedData is
// AES-128-CBC (PKCS#7) of the profile plus a watermark { appid, timestamp }, keyed by the
// base64 session key, with a random 16-byte iv. Web Crypto only: the browser home uses it too.

export interface UserProfile {
  nickName: string
  avatarUrl: string
  gender: number
  country: string
  province: string
  city: string
  language: string
}

export interface SignedUserInfo {
  userInfo: UserProfile
  rawData: string
  signature: string
  encryptedData: string
  iv: string
}

export function profileOf(user: string, language = 'zh_CN'): UserProfile {
  return {
    nickName: user,
    avatarUrl: '',
    gender: 0,
    country: '',
    province: '',
    city: '',
    language,
  }
}

export async function signUserInfo(
  appId: string,
  sessionKey: string,
  profile: UserProfile,
  openId: string,
  nowMs: number,
): Promise<SignedUserInfo> {
  const subtle = globalThis.crypto.subtle
  const rawData = JSON.stringify(profile)
  const digest = await subtle.digest('SHA-1', new TextEncoder().encode(rawData + sessionKey))
  const watermark = { appid: appId, timestamp: Math.floor(nowMs / 1000) }
  const plain = JSON.stringify({ openId, ...profile, watermark })
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(16))
  const key = await subtle.importKey('raw', fromBase64(sessionKey), 'AES-CBC', false, ['encrypt'])
  const cipher = await subtle.encrypt({ name: 'AES-CBC', iv }, key, new TextEncoder().encode(plain))
  return {
    userInfo: profile,
    rawData,
    signature: toHex(new Uint8Array(digest)),
    encryptedData: toBase64(new Uint8Array(cipher)),
    iv: toBase64(iv),
  }
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

export function toBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes))
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(Array.from(atob(text), (c) => c.charCodeAt(0)))
}
