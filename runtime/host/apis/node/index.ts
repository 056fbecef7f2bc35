// The Node home's face of the APIs: the registry with Node's services, and those services
// (storage files, temp files on disk, network through node:http and ws).

export { createApiRegistry, createApiContext } from '../registry.ts'
export { nodeApiServices } from './services.ts'
export { createFileStorage } from './file-storage.ts'
export { createTempFiles } from './temp-files.ts'
