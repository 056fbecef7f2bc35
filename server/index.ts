// mpsim/server: the backend half of a mini program (docs/backend.md). Login exchange and sessions
// (in the business server, or through a session service), middleware for node:http, Express and
// Koa, session stores, the tunnel service and its client, and the simulated platform.

export type { Authenticator, LoginInput, LoginResult, SessionInfo } from './auth/types.ts'
export { AuthError, AUTH_ERRORS, type AuthErrorCode } from './auth/errors.ts'
export { createLocalAuth, type LocalAuthOptions } from './auth/local.ts'
export { code2Session, WECHAT_API } from './auth/code2session.ts'
export { decryptUserData, verifyRawData, signToken, readToken } from './crypto.ts'
export type { Session, SessionStore } from './store/types.ts'
export { MemoryStore } from './store/types.ts'
export { SqliteStore } from './store/sqlite.ts'
export { RedisStore } from './store/redis.ts'
export { SKEY_HEADER } from './middleware/core.ts'
export { loginHandler, logoutHandler, withSession } from './middleware/node.ts'
export { expressLogin, expressLogout, expressSession } from './middleware/express.ts'
export { koaLogin, koaLogout, koaSession } from './middleware/koa.ts'
export { startPlatform, type PlatformService } from './platform/service.ts'
export type { Logger, Listening } from './http-util.ts'
export { createRemoteAuth } from './auth/remote.ts'
export { startSessionService, type SessionServiceOptions } from './session-service/service.ts'
export {
  startTunnelService,
  type TunnelService,
  type TunnelServiceOptions,
} from './tunnel/service.ts'
export {
  tunnelApi,
  tunnelCallbacks,
  type TunnelApi,
  type TunnelEvents,
} from './tunnel/api-client.ts'
export { signature, signatureProblem, SIGNATURE_HEADER } from './tunnel/signing.ts'
export { koaTunnelCallbacks } from './tunnel/koa.ts'
