/**
 * The e2e bridge: the page's `window.api` calls the *real* main-process handlers, running in the
 * test's Node process over real files in a fresh data folder per test. `restart()` reopens the
 * workspace from disk, as quitting and starting the app would.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as base, expect, type Page } from '@playwright/test'
import { redirectElectronToStub } from './electron-stub-hook.mjs'

redirectElectronToStub()

type MainModules = {
  bootWorkspace: typeof import('../../../src/main/boot-workspace').bootWorkspace
  dispatch: typeof import('../../../src/main/ipc/dispatch').dispatch
  backUpSafely: typeof import('../../../src/main/persistence/backup-safely').backUpSafely
}

let modules: Promise<MainModules> | null = null
/** Imported lazily, after the hook is in place, so electron-store finds the stub. */
function loadMain(): Promise<MainModules> {
  modules ??= Promise.all([
    import('../../../src/main/boot-workspace'),
    import('../../../src/main/ipc/dispatch'),
    import('../../../src/main/persistence/backup-safely'),
  ]).then(([boot, dispatcher, backups]) => ({
    bootWorkspace: boot.bootWorkspace,
    dispatch: dispatcher.dispatch,
    backUpSafely: backups.backUpSafely,
  }))
  return modules
}

export interface Desktop {
  /** The workspace folder this test's app writes to. */
  directory: string
  /** Where the app's save dialogs "choose" to save: the folder for exports and PDFs. */
  exportsDirectory: string
  /** The file the app's open dialogs "choose" from now on; null answers as a cancel (the default). */
  answerOpenDialog(path: string | null): void
  /** Starts main over the folder (as it is now) and opens the window. */
  open(): Promise<void>
  /** Quits and starts again: main reopens the folder from disk, the window reloads. */
  restart(): Promise<void>
  /** The ten-minute backup's turn comes now; what it has to say reaches the window as in the app. */
  runTimedBackup(): Promise<void>
}

export const test = base.extend<{ desktop: Desktop }>({
  desktop: async ({ page }, use) => {
    const directory = mkdtempSync(join(tmpdir(), 'devrel-e2e-'))
    const exportsDirectory = mkdtempSync(join(tmpdir(), 'devrel-e2e-exports-'))
    const main = await loadMain()
    let booted: ReturnType<MainModules['bootWorkspace']> | null = null
    let fileToOpen: string | null = null
    // The save dialogs answer at once with the test's exports folder; the PDF is Chromium's own
    // print of the page, through the same print stylesheet Electron's printToPDF uses.
    const desktop = {
      chooseFolder: async () => exportsDirectory,
      chooseSaveFile: async (_title: string, defaultName: string) =>
        join(exportsDirectory, defaultName),
      chooseOpenFile: async () => fileToOpen,
      printToPdf: async () => new Uint8Array(await page.pdf({ format: 'A4' })),
    }
    const startMain = () => {
      booted = main.bootWorkspace({ directory, desktop })
    }
    await page.exposeFunction('__devrelInvoke', (channel: unknown, payload: unknown) => {
      if (!booted) throw new Error('main is not started')
      return main.dispatch(booted.handlers, channel, payload, booted.history, booted.changes)
    })
    await page.addInitScript(() => {
      // Runs in the page; the tests' tsconfig has no DOM types, hence globalThis.
      const page = globalThis as unknown as {
        __devrelInvoke: (c: unknown, p: unknown) => Promise<unknown>
        __devrelNotice: (notice: unknown) => void
      }
      // Main's pushes arrive through this, as ipcRenderer.on delivers them in the app.
      const noticeListeners = new Set<(notice: unknown) => void>()
      page.__devrelNotice = (notice) => noticeListeners.forEach((listener) => listener(notice))
      Object.defineProperty(globalThis, 'api', {
        value: Object.freeze({
          invoke: (channel: unknown, payload: unknown) => page.__devrelInvoke(channel, payload),
          onMenuCommand: () => () => undefined,
          onNotice: (listener: (notice: unknown) => void) => {
            noticeListeners.add(listener)
            return () => noticeListeners.delete(listener)
          },
        }),
      })
    })
    await use({
      directory,
      exportsDirectory,
      answerOpenDialog: (path) => {
        fileToOpen = path
      },
      open: async () => {
        startMain()
        await page.goto('/')
        await waitForWindow(page)
      },
      restart: async () => {
        startMain()
        await page.reload()
        await waitForWindow(page)
      },
      runTimedBackup: async () => {
        if (!booted) throw new Error('main is not started')
        const notice = main.backUpSafely(booted.repository, '', booted.newId)
        if (notice) {
          await page.evaluate((sent) => {
            ;(globalThis as unknown as { __devrelNotice: (n: unknown) => void }).__devrelNotice(
              sent,
            )
          }, notice)
        }
      },
    })
  },
})

async function waitForWindow(page: Page): Promise<void> {
  await expect(
    page.getByTestId('app-ready').or(page.getByRole('heading', { name: 'Welcome to DevRel OS' })),
  ).toBeVisible()
}

export { expect }
