/**
 * Every screen fits (issue 16): the events screens at 1440×900, 1280×800 and 1024×640, light and
 * dark, with the sample workspace and with one of long names and many columns. Nothing overflows
 * the main pane or the window sideways; the screenshots are saved to be looked at.
 */
import {
  LayoutProbe,
  PAST_EVENT_ID,
  SCHEMES,
  UPCOMING_EVENT_ID,
  WORKSPACES,
  checkScreens,
} from './pages/layout'
import { expect, test } from './support/desktop-fixture'

for (const workspace of WORKSPACES) {
  for (const scheme of SCHEMES) {
    test(`the events screens fit, ${workspace} workspace, ${scheme}`, async ({ page, desktop }) => {
      const probe = new LayoutProbe(page, desktop)
      await probe.open(workspace, scheme)
      const label = `${workspace}-${scheme}`
      await checkScreens(probe, label, [
        { name: 'events', visit: () => probe.visit('#/events', 'Events') },
        {
          name: 'upcoming-event',
          visit: () => probe.visit(`#/events/${UPCOMING_EVENT_ID}`, /Local-first AI|#13$/),
        },
        {
          name: 'past-event',
          visit: () => probe.visit(`#/events/${PAST_EVENT_ID}`, /Agents in production|#12$/),
          // The retro countdown badge is whole: inside the window and not clipped by its card.
          also: async (size) => {
            const badge = page.getByTestId('retro-status')
            if ((await badge.count()) === 0) return
            const box = await badge.boundingBox()
            expect
              .soft((box?.x ?? 0) + (box?.width ?? 0), `the retro badge at ${size.width}px`)
              .toBeLessThanOrEqual(size.width)
          },
        },
      ])
    })
  }
}
