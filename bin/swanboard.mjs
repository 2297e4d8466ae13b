#!/usr/bin/env node
// The CLI runs the TypeScript sources directly through tsx: no build step, never stale.
import { createRequire } from 'node:module'
import { register } from 'tsx/cjs/api'

register()
const require = createRequire(import.meta.url)
const { main } = require('../src/main/cli/index.ts')
process.exitCode = await main(process.argv)
