import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { USER_DATA_PATH } from '../files.ts'
import { createApiRegistry } from '../registry.ts'
import { eventRecorder, startServer } from './testing.ts'

const root = mkdtempSync(join(tmpdir(), 'mpsim-files-'))
const recorder = eventRecorder()
const wx = createApiRegistry({ appId: 'wxTest', files: root, emit: recorder.emit })
const image = Buffer.alloc(200_000, 7)
let server: Awaited<ReturnType<typeof startServer>>

beforeAll(async () => {
  server = await startServer({
    '/cat.png': (_req, res) => res.writeHead(200, { 'Content-Length': image.length }).end(image),
    '/report': (_req, res) => res.writeHead(200, { 'Content-Type': 'application/pdf' }).end('%PDF'),
    '/gone': (_req, res) => res.writeHead(404).end('no such file'),
    '/stall': (_req, res) => res.writeHead(200, { 'Content-Length': 10 }).write('12345'),
    '/upload': (req, res) => res.writeHead(200).end(JSON.stringify(parseMultipart(req))),
  })
})
afterAll(async () => {
  wx.dispose()
  await server.close()
  rmSync(root, { recursive: true, force: true })
})

/** Just enough multipart parsing to check what was sent. */
function parseMultipart(req: { headers: Record<string, unknown>; body: Buffer }) {
  const boundary = /boundary=(.+)$/.exec(String(req.headers['content-type']))![1]!
  const parts = req.body.toString('latin1').split(`--${boundary}`).slice(1, -1)
  return parts.map((part) => {
    const [head, ...rest] = part.split('\r\n\r\n')
    const body = rest.join('\r\n\r\n').slice(0, -2)
    return {
      name: /name="([^"]+)"/.exec(head!)?.[1],
      filename: /filename="([^"]+)"/.exec(head!)?.[1],
      type: /Content-Type: (.+)/.exec(head!)?.[1],
      size: body.length,
      text: body.length < 100 ? body : undefined,
    }
  })
}

describe('wx.downloadFile', () => {
  it('saves to a temp path and reports progress', async () => {
    const res = await wx.invoke('downloadFile', { url: server.url('/cat.png'), objectId: 7 })
    expect(res).toMatchObject({ errMsg: 'downloadFile:ok', statusCode: 200 })
    const path = res.tempFilePath as string
    expect(path).toMatch(/^wxfile:\/\/tmp_[0-9a-f]+\.png$/)
    expect(readFileSync(wx.ctx.files.resolve(path)!).equals(image)).toBe(true)
    const last = recorder.events
      .filter((e) => e.objectId === 7 && e.name === 'onProgressUpdate')
      .at(-1)
    expect(last?.payload).toEqual({
      progress: 100,
      totalBytesWritten: image.length,
      totalBytesExpectedToWrite: image.length,
    })
  })

  it('names a download by its content type when the URL has no extension', async () => {
    const res = await wx.invoke('downloadFile', { url: server.url('/report') })
    expect(res.tempFilePath).toMatch(/\.pdf$/)
  })

  it('succeeds on a 404 with the status code, as the platform does', async () => {
    const res = await wx.invoke('downloadFile', { url: server.url('/gone') })
    expect(res).toMatchObject({ errMsg: 'downloadFile:ok', statusCode: 404 })
  })

  it('writes to filePath under the user data folder when given', async () => {
    const filePath = `${USER_DATA_PATH}/saved/cat.png`
    const res = await wx.invoke('downloadFile', { url: server.url('/cat.png'), filePath })
    expect(res).toEqual({ errMsg: 'downloadFile:ok', filePath, statusCode: 200 })
    expect(readFileSync(wx.ctx.files.resolve(filePath)!).length).toBe(image.length)
  })

  it('aborts through DownloadTask.abort', async () => {
    const pending = wx.invoke('downloadFile', { url: server.url('/stall'), objectId: 8 })
    await recorder.next(8, 'onHeadersReceived')
    expect((await wx.invoke('DownloadTask.abort', { objectId: 8 })).errMsg).toBe(
      'DownloadTask.abort:ok',
    )
    expect(await pending).toEqual({ errMsg: 'downloadFile:fail abort' })
  })

  it('checks its arguments', async () => {
    expect((await wx.invoke('downloadFile', {})).errMsg).toBe(
      'downloadFile:fail parameter error: parameter.url should be String instead of Undefined;',
    )
  })
})

describe('wx.uploadFile', () => {
  it('posts the file as multipart/form-data with its form fields', async () => {
    const local = join(root, 'photo.jpg')
    writeFileSync(local, Buffer.alloc(1000, 1))
    const res = await wx.invoke('uploadFile', {
      url: server.url('/upload'),
      filePath: local,
      name: 'photo',
      formData: { user: 'ada', n: 3 },
      objectId: 9,
    })
    expect(res).toMatchObject({ errMsg: 'uploadFile:ok', statusCode: 200 })
    expect(JSON.parse(res.data as string)).toEqual([
      { name: 'user', text: 'ada', size: 3 },
      { name: 'n', text: '3', size: 1 },
      { name: 'photo', filename: 'photo.jpg', type: 'image/jpeg', size: 1000 },
    ])
    const progress = recorder.events.filter(
      (e) => e.objectId === 9 && e.name === 'onProgressUpdate',
    )
    expect(progress.at(-1)?.payload).toMatchObject({ progress: 100 })
  })

  it('uploads a file the app downloaded, by its wxfile path', async () => {
    const downloaded = await wx.invoke('downloadFile', { url: server.url('/cat.png') })
    const res = await wx.invoke('uploadFile', {
      url: server.url('/upload'),
      filePath: downloaded.tempFilePath,
      name: 'file',
    })
    expect(JSON.parse(res.data as string)[0]).toMatchObject({ name: 'file', size: image.length })
  })

  it('fails for a missing file and checks required arguments', async () => {
    const missing = await wx.invoke('uploadFile', {
      url: server.url('/upload'),
      filePath: 'wxfile://tmp_nothing.png',
      name: 'f',
    })
    expect(missing.errMsg).toMatch(/^uploadFile:fail file not found/)
    expect(
      (await wx.invoke('uploadFile', { url: server.url('/upload'), filePath: 'x' })).errMsg,
    ).toBe('uploadFile:fail parameter error: parameter.name should be String instead of Undefined;')
  })
})
