// wx.downloadFile and wx.uploadFile. A download lands in a temp file and comes back as
// `tempFilePath` (or at `filePath` when given) with the server's statusCode, whatever it is:
// the platform succeeds on a 404 too and leaves the check to the app. An upload sends the file
// as multipart/form-data under `name`, with `formData` as extra fields; the result's `data` is
// the response text. Progress goes out as 'onProgressUpdate' events with the documented fields.

import { randomBytes } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { basename, dirname } from 'node:path'
import { extensionFor, mimeFor } from '../files.ts'
import { checkParams } from '../validate.ts'
import { type ApiArgs, type ApiContext, fail, ok } from '../types.ts'
import { cleanHeaders } from './encode.ts'
import { httpCall } from './http.ts'
import { badUrl } from './checks.ts'
import { type TaskTable, failure, timeoutOf } from './tasks.ts'

function progress(done: number, total: number) {
  return total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 0
}

export function downloadFileApi(tasks: TaskTable) {
  return async (args: ApiArgs, ctx: ApiContext) => {
    const api = 'downloadFile'
    const error =
      checkParams(
        api,
        args,
        { url: 'String' },
        { header: 'Object', filePath: 'String', timeout: 'Number' },
      ) ?? badUrl(api, args.url as string)
    if (error) return error
    const target = args.filePath as string | undefined
    const targetReal = target === undefined ? null : ctx.files.resolve(target)
    if (target !== undefined && !targetReal) return fail(api, `invalid filePath "${target}"`)
    const { objectId, signal } = tasks.start(args, ctx)
    try {
      const res = await httpCall({
        method: 'GET',
        url: args.url as string,
        headers: cleanHeaders((args.header as Record<string, unknown> | undefined) ?? {}),
        timeoutMs: timeoutOf(args, ctx.networkTimeout.downloadFile),
        clock: ctx.clock,
        signal,
        onHeaders: (statusCode, header) =>
          ctx.emit(objectId, 'onHeadersReceived', { header, statusCode }),
        onDownloadProgress: (written, total) =>
          ctx.emit(objectId, 'onProgressUpdate', {
            progress: progress(written, total),
            totalBytesWritten: written,
            totalBytesExpectedToWrite: total,
          }),
      })
      const file = targetReal
        ? { path: target!, realPath: targetReal }
        : ctx.files.createTemp(
            extensionFor(
              args.url as string,
              res.header['Content-Type'] ?? res.header['content-type'],
            ),
          )
      await mkdir(dirname(file.realPath), { recursive: true })
      await writeFile(file.realPath, res.body)
      const where = targetReal ? { filePath: file.path } : { tempFilePath: file.path }
      return ok(api, { ...where, statusCode: res.statusCode })
    } catch (e) {
      return failure(api, e)
    } finally {
      tasks.finish(objectId)
    }
  }
}

export function uploadFileApi(tasks: TaskTable) {
  return async (args: ApiArgs, ctx: ApiContext) => {
    const api = 'uploadFile'
    const error =
      checkParams(
        api,
        args,
        { url: 'String', filePath: 'String', name: 'String' },
        { header: 'Object', formData: 'Object', timeout: 'Number' },
      ) ?? badUrl(api, args.url as string)
    if (error) return error
    const real = ctx.files.resolve(args.filePath as string)
    const content = real ? await readFile(real).catch(() => null) : null
    // Our wording for a missing file; the platform's exact text was not found.
    if (!content) return fail(api, `file not found: ${args.filePath}`)
    const form = multipart(args, basename(real!), content)
    const headers = cleanHeaders((args.header as Record<string, unknown> | undefined) ?? {})
    headers['Content-Type'] = `multipart/form-data; boundary=${form.boundary}`
    const { objectId, signal } = tasks.start(args, ctx)
    try {
      const res = await httpCall({
        method: 'POST',
        url: args.url as string,
        headers,
        body: form.body,
        timeoutMs: timeoutOf(args, ctx.networkTimeout.uploadFile),
        clock: ctx.clock,
        signal,
        onUploadProgress: (sent, total) =>
          ctx.emit(objectId, 'onProgressUpdate', {
            progress: progress(sent, total),
            totalBytesSent: sent,
            totalBytesExpectedToSend: total,
          }),
      })
      return ok(api, { data: res.body.toString('utf8'), statusCode: res.statusCode })
    } catch (e) {
      return failure(api, e)
    } finally {
      tasks.finish(objectId)
    }
  }
}

function multipart(args: ApiArgs, fileName: string, content: Buffer) {
  const boundary = `----mpsim${randomBytes(12).toString('hex')}`
  const parts: Buffer[] = []
  const fields = (args.formData as Record<string, unknown> | undefined) ?? {}
  for (const [key, value] of Object.entries(fields)) {
    const text = typeof value === 'object' ? JSON.stringify(value) : String(value)
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${key}"\r\n\r\n${text}\r\n`,
      ),
    )
  }
  const head =
    `--${boundary}\r\nContent-Disposition: form-data; name="${args.name}"; filename="${fileName}"\r\n` +
    `Content-Type: ${mimeFor(fileName)}\r\n\r\n`
  parts.push(Buffer.from(head), content, Buffer.from(`\r\n--${boundary}--\r\n`))
  return { boundary, body: Buffer.concat(parts) }
}
