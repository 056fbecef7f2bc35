// Measurement's own messages (`trace` commands, `traceEvents` batches) are not app traffic:
// the host's bridge record leaves them out and they do not count as activity when settling.

import type { AnyMessage } from '../../../bridge/protocol.ts'

export function isTraceMessage(message: AnyMessage): boolean {
  return message.type === 'trace' || message.type === 'traceEvents'
}
