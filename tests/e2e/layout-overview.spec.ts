/**
 * Every screen fits (issue 16): home, metrics, review, diagnostic and settings at the three sizes,
 * both schemes, both workspaces; and the first-run screen at the three sizes.
 */
import { LayoutProbe, SCHEMES, WINDOW_SIZES, WORKSPACES, checkScreens } from './pages/layout'
import { expect, test } from './support/desktop-fixture'

for (const workspace of WORKSPACES) {
  for (const scheme of SCHEMES) {
    test(`the overview screens fit, ${workspace} workspace, ${scheme}`, async ({
      page,
      desktop,
    }) => {
      const probe = new LayoutProbe(page, desktop)
      await probe.open(workspace, scheme)
      await checkScreens(probe, `${workspace}-${scheme}`, [
        { name: 'home', visit: () => probe.visit('#/', 'Home') },
        { name: 'metrics', visit: () => probe.visit('#/metrics', 'Metrics') },
        { name: 'review', visit: () => probe.visit('#/review', /^Monthly review/) },
        { name: 'diagnostic', visit: () => probe.visit('#/diagnostic', 'Diagnostic') },
        { name: 'settings', visit: () => probe.visit('#/settings', 'Settings') },
      ])
    })
  }
}

for (const scheme of SCHEMES) {
  test(`the first-run screen fits, ${scheme}`, async ({ page, desktop }) => {
    const probe = new LayoutProbe(page, desktop)
    await page.emulateMedia({ colorScheme: scheme })
    await desktop.open()
    await expect(
      page.getByRole('heading', { level: 1, name: 'Welcome to DevRel OS' }),
    ).toBeVisible()
    for (const size of WINDOW_SIZES) {
      await probe.resize(size)
      await probe.expectFits(scheme, size, 'first-run')
    }
  })
}
