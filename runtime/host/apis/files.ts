// Local files the APIs hand to the app: downloads land in a temp folder and come back as
// `wxfile://tmp_<id>.<ext>`; `wxfile://usr/...` is the app's user data folder
// (`wx.env.USER_DATA_PATH`). Paths the app passes back (uploadFile's filePath) are resolved by
// a TempFiles: on disk in Node (node/temp-files.ts), in memory in the browser.

export const USER_DATA_PATH = 'wxfile://usr'
export const TEMP_PREFIX = 'wxfile://tmp_'

export interface TempFiles {
  /** A fresh temp file: the path the app sees and where it really is. */
  createTemp(ext: string): { path: string; realPath: string }
  /** Where an app path really is, or null when it names nothing the app may reach. */
  resolve(path: string): string | null
}

/** File extension from a URL's path or a content type, for naming downloads. */
export function extensionFor(url: string, contentType: string | undefined): string {
  const path = url.split(/[?#]/)[0] ?? ''
  const fromPath = /\.([A-Za-z0-9]{1,8})$/.exec(path.slice(path.lastIndexOf('/') + 1))?.[1]
  if (fromPath) return fromPath.toLowerCase()
  const type = (contentType ?? '').split(';')[0]?.trim() ?? ''
  return MIME_EXT[type] ?? ''
}

const MIME_EXT: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'application/json': 'json',
  'text/plain': 'txt',
  'application/pdf': 'pdf',
}

export function mimeFor(path: string): string {
  const ext = /\.([A-Za-z0-9]+)$/.exec(path)?.[1]?.toLowerCase() ?? ''
  const found = Object.entries(MIME_EXT).find(([, e]) => e === ext)
  return found?.[0] ?? 'application/octet-stream'
}
