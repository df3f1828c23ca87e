import { useEffect } from 'react'
import type { DesktopApi } from '../../../shared/ipc/contract'
import { HeldSavesBanner } from '../components/HeldSavesBanner'
import { Toasts } from '../components/Toasts'
import { EventPage } from '../features/events/EventPage'
import { EventsPage } from '../features/events/EventsPage'
import { NewEventDialogHost } from '../features/events/NewEventButton'
import { ImportDialogHost } from '../features/attendees/import/ImportDialogHost'
import { WindowDropTarget } from '../features/attendees/import/WindowDropTarget'
import { PeoplePage } from '../features/attendees/people/PeoplePage'
import { PersonPage } from '../features/attendees/people/PersonPage'
import { PipelinePage } from '../features/pipeline/PipelinePage'
import { MetricsPage } from '../features/review/MetricsPage'
import { ReviewPage } from '../features/review/ReviewPage'
import { DiagnosticPage } from '../features/devrel/DiagnosticPage'
import { FeedbackPage } from '../features/devrel/FeedbackPage'
import { FirstRun } from '../features/workspace/FirstRun'
import { HomePage } from '../features/workspace/HomePage'
import { Notices } from '../features/workspace/Notices'
import { SettingsPage } from '../features/workspace/SettingsPage'
import { useGlobalShortcuts } from './use-global-shortcuts'
import { useMainNotices } from './use-main-notices'
import { Sidebar } from './Sidebar'
import { useAppStore } from './store-context'
import { useRouteHash } from './use-route-hash'
import { useScreenFocus } from './use-screen-focus'

/** The window: loading, first run, or the sidebar with the current screen. */
export function App({ api }: { api: DesktopApi }) {
  const load = useAppStore((state) => state.load)
  const loadWorkspace = useAppStore((state) => state.loadWorkspace)
  useEffect(() => {
    void loadWorkspace()
  }, [loadWorkspace])
  useRouteHash()
  useGlobalShortcuts(api)
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
      <WindowDropTarget />
      <Toasts />
    </div>
  )
}

function CurrentScreen() {
  const route = useAppStore((state) => state.route)
  useScreenFocus(route)
  switch (route.name) {
    case 'home':
      return <HomePage />
    case 'events':
      return <EventsPage />
    case 'event':
      return <EventPage key={route.eventId} eventId={route.eventId} />
    case 'people':
      return <PeoplePage />
    case 'person':
      return <PersonPage key={route.personId} personId={route.personId} />
    case 'pipeline':
      return <PipelinePage />
    case 'metrics':
      return <MetricsPage />
    case 'review':
      return <ReviewPage />
    case 'feedback':
      return <FeedbackPage />
    case 'diagnostic':
      return <DiagnosticPage />
    case 'settings':
      return <SettingsPage />
  }
}
