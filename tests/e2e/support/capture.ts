/**
 * Screenshots for a person to look at (they assert nothing): the screen as it is now, in light
 * and dark, at the window sizes given (the current one by default), then put back as it was.
 */
import type { Page } from '@playwright/test'

export const LAPTOP_SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 640 },
] as const

export async function capture(
  page: Page,
  path: (suffix: string) => string,
  sizes: readonly { width: number; height: number }[] = [],
): Promise<void> {
  const before = page.viewportSize()
  for (const size of sizes.length > 0 ? sizes : [null]) {
    if (size) await page.setViewportSize(size)
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme })
      const at = size ? `-${size.width}x${size.height}` : ''
      await page.screenshot({ path: path(`${at}-${colorScheme}`) })
    }
  }
  if (before) await page.setViewportSize(before)
  await page.emulateMedia({ colorScheme: 'light' })
}
