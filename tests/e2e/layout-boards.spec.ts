/**
 * Every screen fits (issue 16): the pipeline and feedback boards at the three sizes, both schemes,
 * both workspaces; at every size each column lies within the window, reachable without a scrollbar.
 */
import { LayoutProbe, SCHEMES, WORKSPACES, checkScreens } from './pages/layout'
import { test } from './support/desktop-fixture'

for (const workspace of WORKSPACES) {
  for (const scheme of SCHEMES) {
    test(`the boards fit, ${workspace} workspace, ${scheme}`, async ({ page, desktop }) => {
      const probe = new LayoutProbe(page, desktop)
      await probe.open(workspace, scheme)
      await checkScreens(probe, `${workspace}-${scheme}`, [
        {
          name: 'pipeline',
          visit: () => probe.visit('#/pipeline', 'Speaker pipeline'),
          also: (size) => probe.expectAllWithinWindow('[data-testid="board-column"]', size),
        },
        {
          name: 'feedback',
          visit: () => probe.visit('#/feedback', 'Feedback loop'),
          also: (size) => probe.expectAllWithinWindow('.feedback-column', size),
        },
      ])
    })
  }
}
