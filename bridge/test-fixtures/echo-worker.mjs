// A tiny worker for the bridge tests: echoes each message back with `echo: true`, answers
// { type: 'exit' } by closing its port (the worker then ends), and { type: 'throw' } by throwing.
import { parentPort } from 'node:worker_threads'

parentPort.on('message', (message) => {
  if (message.type === 'exit') return parentPort.close()
  if (message.type === 'throw') throw new Error('worker failed on purpose')
  parentPort.postMessage({ ...message, echo: true })
})
