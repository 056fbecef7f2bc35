// The logic worker's bootstrap: the entry is TypeScript, and Node 20 does not apply the hooks
// of `--import tsx` (given in a Worker's execArgv) to the worker's own entry module, so tsx's
// loader is registered in this thread first, then the entry is imported.
import { register } from 'tsx/esm/api'

register()
await import('../logic/worker-entry.ts')
