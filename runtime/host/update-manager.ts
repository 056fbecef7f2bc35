// wx.getUpdateManager() on the host side. After a launch from the CDN the host checks the CDN
// for a newer version in the background, as the client does on every start: the result goes to
// `onCheckForUpdate({ hasUpdate })`; a new version is downloaded and verified into the package
// cache and then announced by `onUpdateReady()` (or `onUpdateFailed()` when the download fails).
// `applyUpdate()` restarts the app on the new version. Events that happened before the app
// asked for the manager are delivered when it does, so a listener added in onLaunch sees them.

import type { ApiRegistry } from './apis/index.ts'
import type { LoadedPackage } from './platform.ts'

/** What the launcher gives the host to find and fetch updates (packages/loader/updates.ts). */
export interface UpdateDriver {
  /** Whether the CDN has a version other than the running one. */
  check(): Promise<boolean>
  /** Downloads and verifies the new version into the cache. */
  download(): Promise<void>
  /** The new version, loaded (from the cache), to restart on. */
  next(): Promise<LoadedPackage>
}

export type UpdateState = 'idle' | 'checking' | 'none' | 'downloading' | 'ready' | 'failed'

interface UpdateEvent {
  name: 'onCheckForUpdate' | 'onUpdateReady' | 'onUpdateFailed'
  payload: Record<string, unknown>
}

export interface UpdateManagerDeps {
  emit(objectId: number, name: string, payload: unknown): void
  log(message: string): void
  restart(next: LoadedPackage): Promise<void>
}

export class UpdateManager {
  state: UpdateState = 'idle'
  readonly #events: UpdateEvent[] = []
  readonly #objects = new Set<number>()
  #driver: UpdateDriver | null = null
  #run: Promise<void> = Promise.resolve()

  constructor(private readonly deps: UpdateManagerDeps) {}

  register(registry: ApiRegistry): void {
    registry.register('getUpdateManager', (args) => {
      const objectId = Number(args.objectId)
      this.#objects.add(objectId)
      for (const event of this.#events) this.deps.emit(objectId, event.name, event.payload)
      return { errMsg: 'getUpdateManager:ok' }
    })
    registry.register('UpdateManager.applyUpdate', () => {
      if (this.state !== 'ready') {
        this.deps.log(
          `[update] applyUpdate: no new version is ready (${this.state}); call it after onUpdateReady`,
        )
        return { errMsg: 'applyUpdate:fail no update is ready' }
      }
      // later: the call's own logic thread is about to be replaced
      setTimeout(() => void this.apply(), 0)
      return { errMsg: 'applyUpdate:ok' }
    })
  }

  /** Logic restarted: its objects are gone; the events stay for the next getUpdateManager. */
  forgetObjects(): void {
    this.#objects.clear()
  }

  /** Starts the background check (and download) with `driver`. */
  check(driver: UpdateDriver): Promise<void> {
    this.#driver = driver
    this.#events.length = 0
    this.state = 'checking'
    this.#run = this.#check(driver)
    return this.#run
  }

  /** Resolves when the running check (and download) ended. */
  settled(): Promise<void> {
    return this.#run
  }

  async apply(): Promise<void> {
    if (this.state !== 'ready' || !this.#driver) throw new Error('applyUpdate: no update is ready')
    const next = await this.#driver.next()
    this.deps.log('[update] applyUpdate: restarting on the new version')
    this.state = 'idle'
    this.#events.length = 0
    this.forgetObjects()
    await this.deps.restart(next)
  }

  async #check(driver: UpdateDriver): Promise<void> {
    let hasUpdate: boolean
    try {
      hasUpdate = await driver.check()
    } catch (error) {
      // the client reports no update when it cannot reach its server
      this.deps.log(`[update] check failed: ${(error as Error).message}`)
      hasUpdate = false
    }
    this.#emit({ name: 'onCheckForUpdate', payload: { hasUpdate } })
    if (!hasUpdate) {
      this.state = 'none'
      return
    }
    this.state = 'downloading'
    try {
      await driver.download()
      this.state = 'ready'
      this.#emit({ name: 'onUpdateReady', payload: {} })
    } catch (error) {
      this.state = 'failed'
      this.deps.log(`[update] download failed: ${(error as Error).message}`)
      this.#emit({ name: 'onUpdateFailed', payload: {} })
    }
  }

  #emit(event: UpdateEvent): void {
    this.#events.push(event)
    for (const objectId of this.#objects) this.deps.emit(objectId, event.name, event.payload)
  }
}
