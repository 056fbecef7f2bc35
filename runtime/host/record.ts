// The host's bridge record: a BridgeRecord that leaves out the host's own settle probes (an
// `evaluate` round trip used to know logic has handled everything before it). They are
// automation, not app traffic, and would only blur what a test reads from the record.

import {
  BridgeRecord,
  type PassedMessage,
  type RecordEntry,
  type RecordOptions,
} from '../../bridge/index.ts'
import type { AnyMessage } from '../../bridge/protocol.ts'

export class HostRecord extends BridgeRecord {
  constructor(
    options: RecordOptions,
    private readonly hidden: (message: AnyMessage) => boolean,
  ) {
    super(options)
  }

  override add(passed: PassedMessage): RecordEntry | undefined {
    if (this.hidden(passed.message)) return undefined
    return super.add(passed)
  }
}
