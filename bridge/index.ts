// The bridge's public face: the protocol every party speaks, the transports, calls by id, the
// host's router with its record, and the wire form of setData patches.

export type * from './protocol.ts'
export type * from './trace-events.ts'
export {
  BaseEndpoint,
  fromMessagePort,
  fromPostMessage,
  type Endpoint,
  type MessageEventLike,
  type MessageEventTargetLike,
  type NodePortLike,
  type PostMessageOptions,
  type PostMessageTargetLike,
} from './endpoint.ts'
export { inProcessPair, type Delivery, type InProcessOptions } from './in-process.ts'
export {
  CallError,
  PendingCalls,
  fromWireError,
  toWireError,
  type PendingCallsOptions,
} from './rpc.ts'
export {
  BridgeRecord,
  type PassedMessage,
  type RecordEntry,
  type RecordOptions,
  type RecordQuery,
} from './record.ts'
export {
  Router,
  type HopDelay,
  type LogicEndpoint,
  type RouterOptions,
  type ViewEndpoint,
} from './router.ts'
export { DelayLane } from './lane.ts'
export { decodePatch, encodePatch, type EncodedPatch } from './wire.ts'
export { byteLength, jsonBytes, messageBytes, utf8Length } from './size.ts'
