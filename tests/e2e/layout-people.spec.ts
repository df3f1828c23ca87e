/** Every screen fits (issue 16): the people screens at the three sizes, both schemes, both workspaces. */
import { LayoutProbe, SCHEMES, WORKSPACES, checkScreens } from './pages/layout'
import { expect, test } from './support/desktop-fixture'

for (const workspace of WORKSPACES) {
  for (const scheme of SCHEMES) {
    test(`the people screens fit, ${workspace} workspace, ${scheme}`, async ({ page, desktop }) => {
      const probe = new LayoutProbe(page, desktop)
      await probe.open(workspace, scheme)
      await checkScreens(probe, `${workspace}-${scheme}`, [
        { name: 'people', visit: () => probe.visit('#/people', 'People') },
        {
          name: 'person',
          visit: async () => {
            await probe.visit('#/people', 'People')
            const first = page.getByTestId('person-row').first().getByRole('button').first()
            const name = (await first.textContent())!.trim()
            await first.click()
            await expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible()
          },
        },
      ])
    })
  }
}
