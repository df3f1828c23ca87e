/**
 * The presenter display is a second window on `#/display`: it shows what the stage window sends it
 * by `postMessage`, and nothing else of the workspace crosses to it.
 */
export const DISPLAY_HASH = '#/display'
export const STAGE_MESSAGE = 'devrel-stage'
export const STAGE_HELLO = 'devrel-stage-hello'

/** Whether this window was opened as the presenter display. */
export function isDisplayWindow(hash: string): boolean {
  return hash === DISPLAY_HASH || hash.startsWith(`${DISPLAY_HASH}?`)
}
