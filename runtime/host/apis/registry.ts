// The API registry with the Node home's services (disk storage and files, node:http, ws): what
// the headless host and the tests use. The registry itself is registry-core.ts.

import { nodeApiServices } from './node/services.ts'
import {
  createApiContextWith,
  createApiRegistryWith,
  type ApiRegistry,
  type ApiRegistryOptions,
} from './registry-core.ts'

export type { ApiRegistry, ApiRegistryOptions } from './registry-core.ts'

export function createApiRegistry(options: ApiRegistryOptions): ApiRegistry {
  return createApiRegistryWith(nodeApiServices, options)
}

export function createApiContext(
  options: ApiRegistryOptions,
): ReturnType<typeof createApiContextWith> {
  return createApiContextWith(nodeApiServices, options)
}
