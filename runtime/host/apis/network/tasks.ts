// Running request/download/upload tasks by objectId, so `RequestTask.abort` (and the download
// and upload forms) can reach them. A task's objectId is the callId of the invoke that created
// it (the registry puts it in args as `objectId`); without one the host numbers it.

import { HttpFailure } from './http.ts'
import { checkParams } from '../validate.ts'
import { type ApiArgs, type ApiContext, type ApiHandler, fail, ok } from '../types.ts'

export class TaskTable {
  private running = new Map<number, AbortController>()

  /** Starts tracking a task; the signal aborts when the task is aborted or the host disposed. */
  start(args: ApiArgs, ctx: ApiContext): { objectId: number; signal: AbortSignal } {
    const objectId = typeof args.objectId === 'number' ? args.objectId : ctx.nextObjectId()
    const controller = new AbortController()
    this.running.set(objectId, controller)
    return { objectId, signal: controller.signal }
  }

  finish(objectId: number) {
    this.running.delete(objectId)
  }

  abort(objectId: number): boolean {
    const controller = this.running.get(objectId)
    controller?.abort()
    return controller !== undefined
  }

  abortAll() {
    for (const controller of this.running.values()) controller.abort()
    this.running.clear()
  }

  /** `<Kind>Task.abort` with `{ objectId }`: aborting a finished task is not an error. */
  abortApi(api: string): ApiHandler {
    return (args) => {
      const error = checkParams(api, args, { objectId: 'Number' })
      if (error) return error
      this.abort(args.objectId as number)
      return ok(api)
    }
  }
}

/** The errMsg reason for a failed exchange: 'timeout', 'abort' or the network error. */
export function failure(api: string, error: unknown) {
  if (error instanceof HttpFailure) return fail(api, error.message)
  throw error
}

export function timeoutOf(args: ApiArgs, fallback: number): number {
  return typeof args.timeout === 'number' && args.timeout > 0 ? args.timeout : fallback
}

/** Only http(s) URLs are requests; the platform rejects anything else before sending. */
