// Names for the logic thread's slices: the message being handled, and the user function the
// error guard runs (its `where` string names the page or component and the method).

import type { HostToLogic } from '../../../bridge/protocol.ts'

/** `event tap → onTap`, `onLoad`, `setDataDone`… */
export function messageLabel(message: HostToLogic): string {
  switch (message.type) {
    case 'event':
      return `event ${message.event.type} → ${message.handler}`
    case 'pageLifecycle':
    case 'appLifecycle':
      return message.name
    default:
      return message.type
  }
}

const PATTERNS: Array<[RegExp, (m: RegExpMatchArray) => string]> = [
  [/^at App lifeCycleMethod (\S+) function$/, (m) => `App.${m[1]}`],
  [/^at "(.+)" page lifeCycleMethod (\S+) function$/, (m) => `${m[1]}.${m[2]}`],
  [/^\[Component\] Event Handler Error @(.+)#(.+)$/, (m) => `${m[1]}.${m[2]}`],
  [/^at "(.+)" component lifeCycleMethod (\S+) function$/, (m) => `${m[1]}.${m[2]}`],
  [/^at "(.+)" component observer "(.+)" function$/, (m) => `${m[1]} observer "${m[2]}"`],
  [/^at "(.+)" component pageLifetimes (\S+) function$/, (m) => `${m[1]} pageLifetimes.${m[2]}`],
  [/^at "(.+)" (?:group)?setData callback(?: function)?$/i, (m) => `${m[1]} setData callback`],
  [/^at api (\S+) (\S+) callback function$/, (m) => `wx.${m[1]} ${m[2]}`],
  [/^at (\S+) callback function$/, (m) => `${m[1]} callback`],
  [/^at module "(.+)"$/, (m) => `require ${m[1]}`],
]

/** A short name for a guarded user call, from the platform's `where` string. */
export function userCallLabel(where: string): string {
  for (const [pattern, label] of PATTERNS) {
    const match = where.match(pattern)
    if (match) return label(match)
  }
  return where
}
