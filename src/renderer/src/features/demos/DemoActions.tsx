import { useState } from 'react'
import type { Demo, DemoState } from '../../../../shared/domain/demo-schemas'
import { waitlist } from '../../../../shared/demos/demo-slots'
import { eventStart } from '../../../../shared/events/event-time'
import { useAppStore } from '../../app/store-context'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { useNow } from '../../hooks/use-now'
import { ScreeningDialog } from './ScreeningDialog'

/** The next steps a demo can take, as buttons; withdrawing a confirmed demo asks first. */
export function DemoActions({ demo }: { demo: Demo }) {
  const moveDemo = useAppStore((state) => state.moveDemo)
  const showToast = useAppStore((state) => state.showToast)
  const event = useAppStore((state) => state.events.find((entry) => entry.id === demo.eventId))
  const demos = useAppStore((state) => state.demos)
  const now = useNow()
  const [isScreening, setIsScreening] = useState(false)
  const [isConfirmingWithdraw, setIsConfirmingWithdraw] = useState(false)

  const move = (to: DemoState) =>
    moveDemo(demo.id, to).catch((error: Error) => showToast(error.message, { tone: 'error' }))
  const hasStarted = event !== undefined && eventStart(event) <= now
  const isWaitlisted = demo.state === 'screening' && demo.waitlistedAt !== null
  const nextInLine = waitlist(demos, demo.eventId)[0]

  return (
    <>
      {(demo.state === 'proposed' || (demo.state === 'screening' && !isWaitlisted)) && (
        <button type="button" className="btn btn-sm" onClick={() => setIsScreening(true)}>
          {demo.screening === null ? 'Screen…' : 'Screening…'}
        </button>
      )}
      {demo.state === 'screening' && !isWaitlisted && (
        <button
          type="button"
          className="btn btn-sm btn-primary"
          onClick={() => void move('confirmed')}
        >
          Confirm
        </button>
      )}
      {demo.state === 'confirmed' && hasStarted && (
        <button type="button" className="btn btn-sm" onClick={() => void move('presented')}>
          Presented
        </button>
      )}
      {(demo.state === 'proposed' || demo.state === 'screening') && (
        <button
          type="button"
          className="btn btn-sm btn-ghost"
          onClick={() => void move('declined')}
        >
          Decline
        </button>
      )}
      {(demo.state === 'proposed' || demo.state === 'screening') && (
        <button
          type="button"
          className="btn btn-sm btn-ghost"
          onClick={() => void move('withdrawn')}
        >
          Withdrawn
        </button>
      )}
      {demo.state === 'confirmed' && (
        <button
          type="button"
          className="btn btn-sm btn-ghost btn-danger"
          onClick={() => setIsConfirmingWithdraw(true)}
        >
          Withdraw
        </button>
      )}
      {demo.state === 'declined' && (
        <button
          type="button"
          className="btn btn-sm btn-ghost"
          onClick={() => void move('proposed')}
        >
          Reconsider
        </button>
      )}
      {isScreening && <ScreeningDialog demo={demo} onClose={() => setIsScreening(false)} />}
      <ConfirmDialog
        open={isConfirmingWithdraw}
        title={`Withdraw “${demo.title}”?`}
        message={
          nextInLine === undefined
            ? 'The slot becomes free. A withdrawn demo cannot come back; add it again if plans change.'
            : `The slot goes to “${nextInLine.title}”, first on the waitlist. A withdrawn demo cannot come back.`
        }
        confirmLabel="Withdraw demo"
        onCancel={() => setIsConfirmingWithdraw(false)}
        onConfirm={() => {
          setIsConfirmingWithdraw(false)
          void move('withdrawn')
        }}
      />
    </>
  )
}
