import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { Event } from '../../../../shared/domain/schemas'
import { runOfShow } from '../../../../shared/demos/run-of-show'
import {
  addMinute,
  back,
  clockTone,
  formatClock,
  isFinished,
  isRunning,
  next,
  remainingMs,
  stageSummary,
  stageTimer,
  startOrPause,
  type StageDisplayState,
  type StageTimer,
} from '../../../../shared/night/stage-timer'
import { useAppStore } from '../../app/store-context'
import { DISPLAY_HASH, STAGE_MESSAGE, STAGE_HELLO } from './stage-display-messages'

/**
 * Stage mode (DESIGN.md §1.10): the run-of-show as a timer — the demo on stage, who is next, its
 * slot counting down from the contract's minutes and its overrun in colour. Space starts and
 * pauses, → moves on (logging the demo, or a no-show), ← goes back, + adds a minute. A second
 * window shows the presenter the timer alone.
 */
export function StageView({ event }: { event: Event }) {
  const demos = useAppStore((state) => state.demos)
  const people = useAppStore((state) => state.people)
  const stageLog = useAppStore((state) => state.stageLog)
  const clock = useAppStore((state) => state.stageClock)
  const logStage = useAppStore((state) => state.logStage)
  const closeNight = useAppStore((state) => state.closeNight)
  const entries = useMemo(() => runOfShow(event, demos, people), [event, demos, people])
  const demoIds = useMemo(() => entries.map((entry) => entry.demo.id), [entries])
  const [timer, setTimer] = useState<StageTimer>(() => stageTimer(demoIds))
  const [now, setNow] = useState(() => clock())
  const [error, setError] = useState<string | null>(null)
  const display = useRef<Window | null>(null)
  const minutes = event.demoContract.minutesPerDemo

  useEffect(() => {
    const tick = window.setInterval(() => setNow(clock()), 250)
    return () => window.clearInterval(tick)
  }, [clock])

  const current = entries[timer.index]
  const upcoming = entries[timer.index + 1]
  const remaining = remainingMs(timer, now, minutes)
  const tone = clockTone(remaining)
  const logged = useMemo(() => {
    const latest = new Map<string, (typeof stageLog)[number]>()
    for (const entry of stageLog) if (entry.eventId === event.id) latest.set(entry.demoId, entry)
    return latest
  }, [stageLog, event.id])
  const summary = useMemo(() => stageSummary(stageLog, event.id), [stageLog, event.id])

  const displayState: StageDisplayState = {
    title: current?.demo.title ?? 'That was the last demo',
    presenter: current?.presenter ?? '',
    nextTitle: upcoming?.demo.title ?? null,
    nextPresenter: upcoming?.presenter ?? null,
    remainingMs: remaining,
    sentAt: now,
    isRunning: isRunning(timer),
    isFinished: isFinished(timer),
    position: Math.min(timer.index + 1, entries.length),
    total: entries.length,
  }
  const latestDisplay = useRef(displayState)
  useEffect(() => {
    latestDisplay.current = displayState
  })
  const sendToDisplay = useCallback(() => {
    display.current?.postMessage({ type: STAGE_MESSAGE, state: latestDisplay.current }, '*')
  }, [])
  // The display hears every change of state, and the time once a second to stay in step.
  useEffect(sendToDisplay, [sendToDisplay, timer, Math.floor(now / 1000), displayState.title])
  useEffect(() => {
    const onMessage = (message: MessageEvent) => {
      if (message.source === display.current && message.data?.type === STAGE_HELLO) sendToDisplay()
    }
    window.addEventListener('message', onMessage)
    return () => window.removeEventListener('message', onMessage)
  }, [sendToDisplay])

  const moveOn = useCallback(async () => {
    const at = clock()
    const result = next(timer, at, minutes)
    setTimer(result.timer)
    if (result.logged) {
      try {
        await logStage(event.id, result.logged)
        setError(null)
      } catch (caught) {
        setError((caught as Error).message)
      }
    }
  }, [clock, timer, minutes, logStage, event.id])

  useEffect(() => {
    const onKey = (keyEvent: KeyboardEvent) => {
      const target = keyEvent.target as HTMLElement | null
      if (target && ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return
      if (keyEvent.metaKey || keyEvent.ctrlKey || keyEvent.altKey) return
      if (keyEvent.key === ' ') {
        keyEvent.preventDefault()
        setTimer((before) => startOrPause(before, clock()))
      } else if (keyEvent.key === 'ArrowRight') {
        keyEvent.preventDefault()
        void moveOn()
      } else if (keyEvent.key === 'ArrowLeft') {
        keyEvent.preventDefault()
        setTimer((before) => back(before))
      } else if (keyEvent.key === '+' || keyEvent.key === '=') {
        keyEvent.preventDefault()
        setTimer((before) => addMinute(before))
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [clock, moveOn])

  const openDisplay = () => {
    display.current = window.open(DISPLAY_HASH, 'devrel-stage-display', 'popup')
  }

  return (
    <div className="night-view stage-view" data-testid="stage-view">
      <header className="night-header">
        <div className="stack" style={{ gap: 2 }}>
          <span className="small muted">Stage</span>
          <h1 className="night-title">{event.title}</h1>
        </div>
        <div className="row">
          <button type="button" className="btn" onClick={openDisplay}>
            Open the presenter display
          </button>
          <button type="button" className="btn btn-ghost" onClick={closeNight}>
            Close the stage
          </button>
        </div>
      </header>
      <div className="night-body stage-body">
        {entries.length === 0 ? (
          <p className="muted">
            No confirmed demos in the run-of-show yet: confirm demos on the event page first.
          </p>
        ) : (
          <>
            <section className="stage-now" aria-label="On stage">
              <p className="small muted" data-testid="stage-position">
                {current ? `Demo ${timer.index + 1} of ${entries.length}` : 'All demos done'}
              </p>
              <h2 className="stage-title" data-testid="stage-current">
                {current?.demo.title ?? 'That was the last demo'}
              </h2>
              {current && <p className="stage-presenter">{current.presenter}</p>}
              {current && (
                <p
                  className={`stage-clock stage-clock-${tone}`}
                  data-testid="stage-clock"
                  data-tone={tone}
                  aria-label={`${remaining < 0 ? 'Over by' : 'Left'} ${formatClock(Math.abs(remaining))}`}
                >
                  {formatClock(remaining)}
                </p>
              )}
              {current && (
                <p className="small muted" data-testid="stage-state">
                  {isRunning(timer)
                    ? 'Running'
                    : timer.startedAt === null
                      ? 'Ready: Space starts'
                      : 'Paused: Space carries on'}
                  {timer.addedMinutes > 0 ? ` · +${timer.addedMinutes} min` : ''}
                </p>
              )}
              <div className="row stage-keys" aria-label="Keys">
                <button type="button" className="btn" onClick={() => setTimer(back(timer))}>
                  ← Back
                </button>
                <button
                  type="button"
                  className="btn btn-primary"
                  disabled={!current}
                  onClick={() => setTimer(startOrPause(timer, clock()))}
                >
                  {isRunning(timer) ? 'Pause (Space)' : 'Start (Space)'}
                </button>
                <button
                  type="button"
                  className="btn"
                  disabled={!current}
                  onClick={() => void moveOn()}
                >
                  {timer.startedAt === null ? 'No-show, next →' : 'Next →'}
                </button>
                <button
                  type="button"
                  className="btn"
                  disabled={!current}
                  onClick={() => setTimer(addMinute(timer))}
                >
                  +1 min
                </button>
              </div>
              {error && (
                <p className="field-error" role="alert">
                  {error}
                </p>
              )}
            </section>
            <aside className="stage-side stack" aria-label="Run-of-show">
              <h2 className="section-title">Next up</h2>
              <p data-testid="stage-next">
                {upcoming ? (
                  <>
                    <strong>{upcoming.demo.title}</strong>{' '}
                    <span className="muted">{upcoming.presenter}</span>
                  </>
                ) : (
                  <span className="muted">Nobody: this is the last demo</span>
                )}
              </p>
              <h2 className="section-title">Run-of-show</h2>
              <ol className="stage-list">
                {entries.map((entry, position) => {
                  const done = logged.get(entry.demo.id)
                  const over = summary.overruns.find((each) => each.demoId === entry.demo.id)
                  return (
                    <li
                      key={entry.demo.id}
                      className={position === timer.index ? 'stage-list-current' : undefined}
                    >
                      <span className="grow">{entry.demo.title}</span>
                      {done?.outcome === 'no-show' && (
                        <span className="badge badge-danger">No-show</span>
                      )}
                      {done?.outcome === 'ran' && (
                        <span className={`badge ${over ? 'badge-warn' : 'badge-ok'}`}>
                          {formatClock(done.seconds * 1000)}
                          {over ? ` (+${formatClock(over.overSeconds * 1000)})` : ''}
                        </span>
                      )}
                    </li>
                  )
                })}
              </ol>
              <p className="small faint">Space start/pause · → next · ← back · + one more minute</p>
            </aside>
          </>
        )}
      </div>
    </div>
  )
}
