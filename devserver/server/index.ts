// `createDevServer`: the browser simulator's server. It builds the project with the compiler and,
// at once, the simulator's three scripts (the page, the logic worker, the view frame: one esbuild
// bundle each, bundles.ts), then serves the simulator page (/), the view frame page
// (/__mpsim/view.html), those bundles (/__mpsim/bundle/), the build output (/__mpsim/build/) and
// the project's files (/__mpsim/project/); through Vite, the runtime's modules one by one, which
// the pages no longer load. Only those: see guard.ts. It binds 127.0.0.1 unless told otherwise.
// It watches the project and rebuilds on changes, telling open simulator pages
// (/__mpsim/events) to hot reload (watch.ts). Vite is loaded here, on demand, so a CLI command
// that does not serve never loads it.

import type { IncomingMessage, ServerResponse } from 'node:http'
import { readFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { join, resolve } from 'node:path'
import { buildForDev, projectAppId, type ProjectBuild } from './build.ts'
import {
  BUNDLE_PREFIX,
  prepareBundles,
  SIMULATOR_BUNDLES,
  simulatorBundles,
  type BundleName,
  type SimulatorBundles,
} from './bundles.ts'
import { sendFile, sendText } from './files.ts'
import { servedPath, underPrefix } from './guard.ts'
import { EVENTS_PATH, HotEvents } from './hot-events.ts'
import { watchProject, type HotBuildEvent } from './watch.ts'
import { packageRoot } from './root.ts'
import { INFO_ELEMENT_ID } from '../client/info-element.ts'

export interface DevServerOptions {
  /** The mini-program project folder (with app.json). */
  project: string
  /** Port to listen on; 0 (or busy): a free one. Default 5273. */
  port?: number
  /** Address to bind; default 127.0.0.1 (loopback only). */
  host?: string
  /** Watch the project and hot reload open pages (default true). */
  watch?: boolean
  /** Hears each rebuild (default: a line on the terminal). */
  onBuild?(event: HotBuildEvent): void
}

export interface DevServer {
  /** The simulator's URL. */
  url: string
  port: number
  host: string
  project: string
  appId: string
  build: ProjectBuild
  close(): Promise<void>
}

/** What the simulator page reads first: the app, where views run, the build's errors. */
export interface DevInfo {
  appId: string
  project: string
  errors: string[]
  warnings: string[]
  buildMs: number
  /** The served build's version (hot reload events name theirs). */
  version: number
}

export const DEFAULT_PORT = 5273

export async function createDevServer(options: DevServerOptions): Promise<DevServer> {
  const root = packageRoot()
  const project = resolve(options.project)
  const host = options.host ?? '127.0.0.1'
  const bundles = simulatorBundles(root)
  const [build, appId] = await Promise.all([
    buildForDev(project),
    projectAppId(project),
    prepareBundles(bundles),
  ])
  const events = new HotEvents()
  const routes = simulatorRoutes({ root, project, build, appId, events, bundles })
  const { createServer } = await import('vite')
  const vite = await createServer({
    configFile: false,
    root,
    appType: 'custom',
    logLevel: 'warn',
    clearScreen: false,
    // The one package the runtime imports (logic's source maps) ships CommonJS/UMD parts:
    // Vite pre-bundles it into ESM (node_modules/.vite/mpsim). Nothing else is discovered.
    cacheDir: join(root, 'node_modules/.vite/mpsim'),
    optimizeDeps: { noDiscovery: true, include: ['@jridgewell/trace-mapping'] },
    server: {
      host,
      port: options.port ?? DEFAULT_PORT,
      strictPort: false,
      // Hot reload watches the project itself (a later change); the runtime does not change.
      watch: null,
      hmr: false,
      fs: {
        strict: true,
        allow: [
          join(root, 'runtime'),
          join(root, 'bridge'),
          join(root, 'devserver/client'),
          join(root, 'node_modules/@jridgewell'),
        ],
      },
    },
    plugins: [
      {
        name: 'mpsim-simulator',
        configureServer(server) {
          server.middlewares.use((req, res, next) => {
            const path = servedPath(req.url ?? '/')
            if (path === null)
              return sendText(
                res,
                403,
                `mpsim dev serves only the project, the runtime and the build: ${req.url}`,
              )
            routes(path, req, res).then((handled) => handled || next(), next)
          })
        },
      },
    ],
  })
  const watcher =
    options.watch === false
      ? null
      : await watchProject({
          project,
          build,
          onBuild: (event) => {
            events.send(event)
            ;(options.onBuild ?? printBuild)(event)
          },
          onError: (error) => console.error('[mpsim] rebuild failed:', error),
        })
  await watcher?.ready
  await vite.listen()
  const address = vite.httpServer?.address() as AddressInfo
  const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host
  return {
    url: `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${address.port}/`,
    port: address.port,
    host,
    project,
    appId,
    build,
    async close() {
      await watcher?.close()
      events.close()
      await vite.close()
      await build.dispose()
    },
  }
}

interface RouteContext {
  root: string
  project: string
  build: ProjectBuild
  appId: string
  events: HotEvents
  bundles: SimulatorBundles
}

/** The simulator's own routes; resolves false for what Vite serves (runtime modules). */
function simulatorRoutes(ctx: RouteContext) {
  const client = join(ctx.root, 'devserver/client')
  // The pages as written, their script swapped for its bundle (and no Vite client: hot reload
  // is the simulator's own, over /__mpsim/events).
  const html = async (res: ServerResponse, file: string, bundle: BundleName) => {
    await ctx.bundles.ready(bundle)
    const entry = `/${SIMULATOR_BUNDLES[bundle]}`
    const page = (await readFile(join(client, file), 'utf8')).replace(
      `src="${entry}"`,
      `src="${BUNDLE_PREFIX}${bundle}.js"`,
    )
    // the simulator page gets its info in the HTML: one round trip less before it can start
    const head =
      bundle === 'main'
        ? `<link rel="stylesheet" href="${BUNDLE_PREFIX}main.css" />${inlineInfo(devInfo(ctx))}`
        : ''
    sendText(res, 200, page.replace('</head>', `${head}</head>`), 'text/html')
    return true
  }
  return async (path: string, _req: IncomingMessage, res: ServerResponse) => {
    if (path === '/' || path === '/index.html') return html(res, 'index.html', 'main')
    if (path === '/__mpsim/view.html') return html(res, 'view.html', 'view')
    const bundleFile = underPrefix(path, BUNDLE_PREFIX)
    const bundle = bundleFile === null ? null : ctx.bundles.bundleOf(bundleFile)
    if (bundleFile !== null && bundle) {
      const dir = await ctx.bundles.ready(bundle)
      return sendFile(res, dir, bundleFile).then(() => true)
    }
    if (path === EVENTS_PATH) {
      ctx.events.attach(res)
      return true
    }
    if (path === '/__mpsim/info.json') {
      sendText(res, 200, JSON.stringify(devInfo(ctx)), 'application/json')
      return true
    }
    const built = underPrefix(path, '/__mpsim/build/')
    if (built !== null) return sendFile(res, ctx.build.outDir, built).then(() => true)
    // a build by version (/__mpsim/builds/3/logic.js): hot reload compares the running build
    // with the new one, so both stay readable
    const versioned = /^\/__mpsim\/builds\/(\d+)\//.exec(path)
    const versionDir = versioned ? ctx.build.dirOf(Number(versioned[1])) : null
    if (versioned && versionDir) {
      const file = underPrefix(path, versioned[0])
      if (file !== null) return sendFile(res, versionDir, file).then(() => true)
    }
    const source = underPrefix(path, '/__mpsim/project/')
    if (source !== null) return sendFile(res, ctx.project, source).then(() => true)
    if (path.startsWith('/__mpsim/')) {
      sendText(res, 404, `not found: ${path}`)
      return true
    }
    return false
  }
}

/** What the simulator page reads first, for the build served now. */
function devInfo(ctx: RouteContext): DevInfo {
  return {
    appId: ctx.appId,
    project: ctx.project,
    errors: ctx.build.errors,
    warnings: ctx.build.warnings,
    buildMs: ctx.build.ms,
    version: ctx.build.version,
  }
}

/** The info as a JSON script element (client/early-start.ts reads it); `<`
 *  escaped so no text in it (a compile error's code frame) can close the element. */
function inlineInfo(info: DevInfo): string {
  const json = JSON.stringify(info).replace(/</g, '\\u003c')
  return `<script id="${INFO_ELEMENT_ID}" type="application/json">${json}</script>`
}

function printBuild(event: HotBuildEvent): void {
  const files = event.files.join(', ') || 'the project'
  if (event.ok) console.info(`[mpsim] ${files} changed: rebuilt in ${event.ms} ms, hot reloading`)
  else
    console.error(
      `[mpsim] ${files} changed: the project does not compile (the last good build stays):\n\n${event.errors.join('\n\n')}`,
    )
}
