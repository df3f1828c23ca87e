/**
 * A Node module hook that resolves `electron` to the test stub, so the real main-process handlers
 * (and the real electron-store) load in Playwright's Node process. Registered once per worker.
 */
import module from 'node:module'

const stubUrl = new URL('../../stubs/electron.mjs', import.meta.url).href
let isRegistered = false

export function redirectElectronToStub() {
  if (isRegistered) return
  isRegistered = true
  // Node 23.5+/22.15+ has synchronous in-thread hooks, which do not clash with Playwright's own
  // loader; older Node (20) only has the async off-thread hooks.
  if (typeof module.registerHooks === 'function') {
    module.registerHooks({
      resolve: (specifier, context, nextResolve) =>
        specifier === 'electron'
          ? { url: stubUrl, shortCircuit: true }
          : nextResolve(specifier, context),
    })
    return
  }
  const source = `export async function resolve(specifier, context, next) {
    return specifier === 'electron' ? { url: ${JSON.stringify(stubUrl)}, shortCircuit: true } : next(specifier, context)
  }`
  module.register(`data:text/javascript,${encodeURIComponent(source)}`)
}
