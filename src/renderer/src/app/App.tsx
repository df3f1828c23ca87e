import { useEffect } from 'react'
import type { DesktopApi } from '../../../shared/ipc/contract'
import { HeldSavesBanner } from '../components/HeldSavesBanner'
import { Toasts } from '../components/Toasts'
import { NewEventDialogHost } from '../features/events/NewEventButton'
import { ImportDialogHost } from '../features/attendees/import/ImportDialogHost'
import { WindowDropTarget } from '../features/attendees/import/WindowDropTarget'
import { ChatImportHost } from '../features/pulse/ChatImportHost'
import { NightHost } from '../features/night/NightHost'
import { FirstRun } from '../features/workspace/FirstRun'
import { Notices } from '../features/workspace/Notices'
import { useGlobalShortcuts } from './use-global-shortcuts'
import { useMainNotices } from './use-main-notices'
import { Sidebar } from './Sidebar'
import { useAppStore } from './store-context'
import { screenOf } from './route-hash'
import { useRouteHash } from './use-route-hash'
import { useFocusRescue, useScreenFocus } from './use-screen-focus'

/** The window: loading, first run, or the sidebar with the current screen. */
export function App({ api }: { api: DesktopApi }) {
  const load = useAppStore((state) => state.load)
  const loadWorkspace = useAppStore((state) => state.loadWorkspace)
  useEffect(() => {
    void loadWorkspace()
  }, [loadWorkspace])
  useRouteHash()
  useGlobalShortcuts(api)
  useFocusRescue()
  useMainNotices(api)

  if (load.status === 'loading') {
    return (
      <main className="centered muted" aria-busy="true">
        Opening your workspace…
      </main>
    )
  }
  if (load.status === 'failed') {
    return (
      <main className="centered">
        <div className="callout callout-error" role="alert">
          <div className="stack">
            <strong>DevRel OS could not open your workspace</strong>
            <span>{load.message}</span>
          </div>
        </div>
      </main>
    )
  }
  if (load.status === 'first-run') {
    return (
      <>
        <HeldSavesBanner />
        <FirstRun />
        <Toasts />
      </>
    )
  }
  return (
    <div className="shell">
      <Sidebar />
      <main className="content" data-testid="app-ready">
        <HeldSavesBanner />
        <Notices />
        <CurrentScreen />
      </main>
      <NewEventDialogHost />
      <ImportDialogHost />
      <ChatImportHost />
      <WindowDropTarget />
      <NightHost />
      <Toasts />
    </div>
  )
}

/** The page for the current route, from the route table (routes.ts). */
function CurrentScreen() {
  const route = useAppStore((state) => state.route)
  useScreenFocus(route)
  const { page: Page, props, key } = screenOf(route)
  return <Page key={key} {...props} />
}
