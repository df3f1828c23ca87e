import { useEffect, useState } from 'react'
import {
  clockTone,
  formatClock,
  type StageDisplayState,
} from '../../../../shared/night/stage-timer'
import { STAGE_HELLO, STAGE_MESSAGE } from './stage-display-messages'
import './night.css'

/**
 * The presenter-facing timer, full-screen on the external display: the demo, its countdown in
 * large type (its overrun in colour), and who is next. It holds no data of its own: the stage
 * window sends what to show, and this window counts on between its messages.
 */
export function StageDisplay() {
  const [state, setState] = useState<StageDisplayState | null>(null)
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const onMessage = (message: MessageEvent) => {
      if (message.source !== window.opener || message.data?.type !== STAGE_MESSAGE) return
      setState(message.data.state as StageDisplayState)
      setNow(Date.now())
    }
    window.addEventListener('message', onMessage)
    ;(window.opener as Window | null)?.postMessage({ type: STAGE_HELLO }, '*')
    const tick = window.setInterval(() => setNow(Date.now()), 250)
    return () => {
      window.removeEventListener('message', onMessage)
      window.clearInterval(tick)
    }
  }, [])
  if (state === null) {
    return (
      <main className="stage-display" data-testid="stage-display">
        <p className="stage-display-waiting">Waiting for the stage…</p>
      </main>
    )
  }
  const remaining = state.isRunning
    ? state.remainingMs - Math.max(0, now - state.sentAt)
    : state.remainingMs
  const tone = clockTone(remaining)
  return (
    <main className={`stage-display stage-display-${tone}`} data-testid="stage-display">
      {state.isFinished ? (
        <p className="stage-display-title">That was the last demo. Thank you!</p>
      ) : (
        <>
          <p className="stage-display-position">
            Demo {state.position} of {state.total}
          </p>
          <p className="stage-display-title" data-testid="display-title">
            {state.title}
          </p>
          <p className="stage-display-presenter">{state.presenter}</p>
          <p
            className={`stage-display-clock stage-clock-${tone}`}
            data-testid="display-clock"
            data-tone={tone}
          >
            {formatClock(remaining)}
          </p>
          <p className="stage-display-next">
            {state.nextTitle ? `Next: ${state.nextTitle} · ${state.nextPresenter}` : 'Last demo'}
          </p>
        </>
      )}
    </main>
  )
}
