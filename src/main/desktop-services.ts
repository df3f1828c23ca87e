/**
 * What handlers need from the desktop beyond data: asking where to save, and printing to PDF.
 * Passed in (Electron's dialogs and printToPDF in the app; a test folder and the browser's PDF in
 * the e2e bridge), so handlers stay testable without a window.
 */
export interface DesktopServices {
  /** A folder the person chose, or null when they cancelled. */
  chooseFolder(title: string): Promise<string | null>
  /** A file path the person chose to save to, or null when they cancelled. */
  chooseSaveFile(title: string, defaultName: string): Promise<string | null>
  /** A file the person chose to open (of the given kind), or null when they cancelled. */
  chooseOpenFile(
    title: string,
    kind: { name: string; extensions: string[] },
  ): Promise<string | null>
  /** The current page printed with its print stylesheet. */
  printToPdf(): Promise<Uint8Array>
}

/** For contexts with no desktop (unit tests of other handlers, the CLI): every request refused. */
export const NO_DESKTOP: DesktopServices = {
  chooseFolder: async () => null,
  chooseSaveFile: async () => null,
  chooseOpenFile: async () => null,
  printToPdf: async () => {
    throw new Error('Printing needs the app window.')
  },
}
