#!/usr/bin/env node
// The CLI is written in TypeScript; tsx loads it directly so there is no stale build to forget.
import { register } from 'tsx/esm/api'

register()
const { main } = await import('../cli/index.ts')
process.exitCode = await main(process.argv.slice(2))
