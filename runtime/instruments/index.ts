// Measurement's public face (docs/measurement.md): the host's recorder of every thread, the
// trace file's types, the validator, the summary of a trace and the setData guidance.

export { HostTrace, type TraceListener, type TraceTarget } from './host/host-trace.ts'
export {
  SET_DATA_CALLS_PER_SECOND_ADVICE,
  SET_DATA_SIZE_ADVICE,
  SetDataGuidance,
  type SetDataRule,
  type SetDataWarning,
} from './host/set-data-guidance.ts'
export { isTraceMessage } from './host/trace-messages.ts'
export {
  HOST_TID,
  LOGIC_TID,
  PID,
  VIEW_TID_BASE,
  TraceCollector,
  tidOf,
  type TraceSource,
} from './trace/collector.ts'
export { validateTrace, type TraceCheck } from './trace/validate.ts'
export { LONG_TASK_MS, DEFAULT_REFRESH_MS } from './view/frames.ts'
export { BUSY_WINDOW_MS, PROBE_MS } from './logic/logic-instruments.ts'
export type {
  ThreadTraceEvent,
  TraceBatch,
  TraceCommand,
  TraceEvent,
  TraceFile,
  TracePhase,
} from '../../bridge/trace-events.ts'
export {
  droppedFramesIn,
  logicBusyPercent,
  summarizeTrace,
  type Slice,
  type TraceSummary,
  type ViewSlice,
} from './trace/summary.ts'
