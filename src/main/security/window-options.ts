import type { BrowserWindowConstructorOptions } from 'electron'

/**
 * The main window's options: Electron's security checklist in one place, asserted by a test.
 * The renderer gets no Node, runs sandboxed in an isolated context, and reaches main only through
 * the preload's `api`.
 */
export function mainWindowOptions(
  preloadPath: string,
  isDark = false,
): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: 'DevRel OS',
    // The theme's --bg (tokens.css), so a dark system does not flash a light window on open.
    backgroundColor: isDark ? '#16161a' : '#f7f7f5',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: true,
    },
  }
}

/**
 * The stage's presenter display (a second window, opened by the stage): the main window's secure
 * webPreferences without the preload, since the display only shows what the stage posts to it and
 * never talks to main. Full-screen on `bounds` when there is a second screen.
 */
export function presenterDisplayOptions(
  isDark: boolean,
  bounds: { x: number; y: number; width: number; height: number } | null,
): BrowserWindowConstructorOptions {
  const { webPreferences, ...main } = mainWindowOptions('', isDark)
  const { preload: _preload, ...secure } = webPreferences ?? {}
  return {
    ...main,
    title: 'DevRel OS — presenter display',
    show: true,
    width: bounds?.width ?? 960,
    height: bounds?.height ?? 600,
    minWidth: 480,
    minHeight: 300,
    ...(bounds ? { x: bounds.x, y: bounds.y, fullscreen: true } : {}),
    autoHideMenuBar: true,
    webPreferences: { ...secure, spellcheck: false },
  }
}
