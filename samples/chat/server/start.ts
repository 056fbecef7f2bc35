// Runs the chat's backend on loopback for the simulator: node --import tsx samples/chat/server/start.ts
// then `mpsim dev samples/chat` in two windows (each page's query may name another server).
// Ports: platform 5780, tunnel 5781, chat server 5757 (what app.js expects).

import { join } from 'node:path'
import { consoleLogger } from '../../../server/http-util.ts'
import { startChatStack } from './stack.ts'

const stack = await startChatStack({
  layout: process.argv.includes('--wafer1') ? 'wafer1' : 'wafer2',
  store: 'sqlite',
  dataDir: join(import.meta.dirname, '..', '.mpsim'),
  ports: { platform: 5780, tunnel: 5781, session: 5782, chat: 5757 },
  log: consoleLogger,
})
console.log(`chat server ${stack.chat.url}; platform ${stack.platform.url} (launch with platform: { url })`)
const stop = () => void stack.close().then(() => process.exit(0))
process.once('SIGINT', stop)
process.once('SIGTERM', stop)
