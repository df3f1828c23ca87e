/**
 * Who may talk to main and where the window may go. Pure functions over URLs, so the rules are
 * unit-tested without Electron.
 */

export interface RendererLocation {
  /** electron-vite's dev server URL in development, undefined in a built app. */
  devServerUrl: string | undefined
  /** file:// URL of the built renderer's index.html. */
  rendererFileUrl: string
}

/** Whether an IPC message comes from our own renderer page (and not an iframe or other origin). */
export function isTrustedSenderUrl(
  senderUrl: string | undefined,
  location: RendererLocation,
): boolean {
  if (!senderUrl) return false
  let url: URL
  try {
    url = new URL(senderUrl)
  } catch {
    return false
  }
  if (location.devServerUrl) {
    const dev = new URL(location.devServerUrl)
    if (url.origin === dev.origin) return true
  }
  if (url.protocol !== 'file:') return false
  return url.pathname === new URL(location.rendererFileUrl).pathname
}

/**
 * Hosts an external link may open in the system browser. Everything else is refused: the app
 * never navigates its own window away, and never opens arbitrary URLs.
 */
export const EXTERNAL_LINK_HOSTS: readonly string[] = [
  'lu.ma',
  'luma.com',
  'www.eventbrite.com',
  'www.meetup.com',
  'ti.to',
  'pretix.eu',
  'sessionize.com',
  'github.com',
  'docs.google.com',
]

/** Whether a link may be handed to the system browser: https to an allow-listed host only. */
export function isAllowedExternalUrl(candidate: string): boolean {
  let url: URL
  try {
    url = new URL(candidate)
  } catch {
    return false
  }
  if (url.protocol !== 'https:' || url.username || url.password) return false
  return EXTERNAL_LINK_HOSTS.includes(url.hostname)
}

/** The presenter display's hash route (the renderer's stage-display-messages.ts says the same). */
export const PRESENTER_DISPLAY_HASH = '#/display'

/**
 * Whether a window the renderer asks to open is the stage's presenter display: this app's own
 * renderer page (the built index.html, or the dev server's root in development) on `#/display`,
 * nothing more — no other file, host, port, path, query or credentials. Every other window is
 * refused.
 */
export function isPresenterDisplayUrl(candidate: string, location: RendererLocation): boolean {
  let url: URL
  try {
    url = new URL(candidate)
  } catch {
    return false
  }
  if (url.hash !== PRESENTER_DISPLAY_HASH || url.search !== '' || url.username || url.password) {
    return false
  }
  const own = new URL(location.devServerUrl ?? location.rendererFileUrl)
  if (url.protocol !== own.protocol) return false
  if (url.protocol === 'file:') return url.host === '' && url.pathname === own.pathname
  return url.origin === own.origin && url.pathname === own.pathname
}

export interface DisplayBounds {
  id: number
  bounds: { x: number; y: number; width: number; height: number }
}

/**
 * Where the presenter display goes: a screen other than the one the app's window is on (the
 * projector), or null when there is only one screen (then it opens beside the app, windowed).
 */
export function presenterScreen(
  displays: readonly DisplayBounds[],
  appScreenId: number,
): DisplayBounds | null {
  return displays.find((display) => display.id !== appScreenId) ?? null
}
