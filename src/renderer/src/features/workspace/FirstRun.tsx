import { useState } from 'react'
import { attendeePlatformsInWords } from '../../../../shared/import/platforms/registry'
import { useAppStore } from '../../app/store-context'

/** The first window: start from a realistic sample chapter, or from nothing. */
export function FirstRun() {
  const startWorkspace = useAppStore((state) => state.startWorkspace)
  const openImport = useAppStore((state) => state.openImport)
  const runWorkspaceFileCommand = useAppStore((state) => state.runWorkspaceFileCommand)
  const [isStarting, setIsStarting] = useState(false)
  const start = (startWith: 'sample' | 'empty', then?: () => void) => {
    setIsStarting(true)
    void startWorkspace(startWith)
      .then(then)
      .finally(() => setIsStarting(false))
  }
  return (
    <main className="first-run">
      <div className="first-run-card card">
        <div className="stack" style={{ gap: 6 }}>
          <span className="sidebar-logo first-run-logo" aria-hidden>
            ◆
          </span>
          <h1>Welcome to DevRel OS</h1>
          <p className="muted">
            Run your meetups on mechanisms, not heroics: demo slots, a speaker pipeline, a 48-hour
            retro and a follow-up minimum — with the metrics that show whether they work. Everything
            stays on this computer.
          </p>
        </div>
        <div className="first-run-choices">
          <button
            type="button"
            className="choice choice-primary"
            disabled={isStarting}
            // The shortest path to a first real figure: the export the organizer already has.
            onClick={() => start('empty', () => openImport())}
          >
            <span className="choice-title">Import the attendee CSV you have</span>
            <span className="muted small">
              From {attendeePlatformsInWords()}, or any list with a name or e-mail column. See your
              first-timers and returning builders in a minute.
            </span>
          </button>
          <button
            type="button"
            className="choice"
            disabled={isStarting}
            onClick={() => start('sample')}
          >
            <span className="choice-title">Start with the sample workspace</span>
            <span className="muted small">
              A year of a Berlin AI demo-night chapter: past events, attendees, returning builders.
              Explore first, start over any time.
            </span>
          </button>
          <button
            type="button"
            className="choice"
            disabled={isStarting}
            onClick={() => start('empty')}
          >
            <span className="choice-title">Start empty</span>
            <span className="muted small">
              Create your first event yourself, and import attendees when you have them.
            </span>
          </button>
        </div>
        <p className="small muted">
          Moving from another computer?{' '}
          <button
            type="button"
            className="link-button"
            disabled={isStarting}
            onClick={() => {
              setIsStarting(true)
              void runWorkspaceFileCommand('import-workspace').finally(() => setIsStarting(false))
            }}
          >
            Import the workspace file you exported there
          </button>
        </p>
      </div>
    </main>
  )
}
