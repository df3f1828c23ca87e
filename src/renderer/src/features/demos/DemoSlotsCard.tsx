import { useMemo, useState } from 'react'
import type { Demo } from '../../../../shared/domain/demo-schemas'
import type { Event } from '../../../../shared/domain/schemas'
import { confirmedDemos } from '../../../../shared/demos/demo-counts'
import { waitlist } from '../../../../shared/demos/demo-slots'
import { runOfShow } from '../../../../shared/demos/run-of-show'
import { eventTimeToShip } from '../../../../shared/metrics/time-to-ship'
import { wasRecordedAfterRetroWindow } from '../../../../shared/retros/retro-deadline'
import { useAppStore } from '../../app/store-context'
import { AddDemoDialog } from './AddDemoDialog'
import { ContractDialog } from './ContractDialog'
import { DemoList } from './DemoList'
import { RunOfShow } from './RunOfShow'
import { SpeakerImportDialog } from './SpeakerImportDialog'
import './demos.css'
import { usePersonLookup } from '../../hooks/use-person-lookup'

/** The event's demos under its slot contract: run-of-show, waitlist, screening, proposals. */
export function DemoSlotsCard({ event }: { event: Event }) {
  const allDemos = useAppStore((state) => state.demos)
  const people = useAppStore((state) => state.people)
  const [isAdding, setIsAdding] = useState(false)
  const [isEditingContract, setIsEditingContract] = useState(false)
  const [isImporting, setIsImporting] = useState(false)
  const contract = event.demoContract

  const view = useMemo(() => {
    const demos = allDemos.filter((demo) => demo.eventId === event.id)
    const waiting = waitlist(demos, event.id)
    const waitingIds = new Set(waiting.map((demo) => demo.id))
    return {
      confirmed: confirmedDemos(demos, event.id).length,
      entries: runOfShow(event, demos, people),
      waiting,
      screening: demos.filter((demo) => demo.state === 'screening' && !waitingIds.has(demo.id)),
      proposed: demos.filter((demo) => demo.state === 'proposed'),
      ended: demos.filter((demo) => demo.state === 'declined' || demo.state === 'withdrawn'),
    }
  }, [allDemos, people, event])
  const personOf = usePersonLookup()
  const presenterOf = (demo: Demo) => personOf(demo.personId)?.name ?? 'Deleted person'

  return (
    <section className="card card-body stack-lg" aria-label="Demos">
      <div className="row-between">
        <div className="stack" style={{ gap: 2 }}>
          <h2>Demos</h2>
          <p className="small muted" data-testid="slot-summary">
            {view.confirmed} of {contract.slotCount} slots filled · {contract.minutesPerDemo} min
            each · {contract.demoTarget} needed to announce
            {contract.isWipWelcome && ' · work in progress welcome'}
          </p>
          {event.demoTargetMetAt !== null && (
            <p className="small faint">
              Target met on {new Date(event.demoTargetMetAt).toLocaleDateString()}
              {/* A night recorded after it happened had no planning clock in the app. */}
              {!wasRecordedAfterRetroWindow(event) &&
                `, time-to-ship ${eventTimeToShip(event) ?? 0} days`}
            </p>
          )}
        </div>
        <div className="row">
          <button type="button" className="btn btn-sm" onClick={() => setIsEditingContract(true)}>
            Slots…
          </button>
          <button type="button" className="btn btn-sm" onClick={() => setIsImporting(true)}>
            Import speakers…
          </button>
          <button
            type="button"
            className="btn btn-sm btn-primary"
            onClick={() => setIsAdding(true)}
          >
            Add demo
          </button>
        </div>
      </div>
      <SlotMeter filled={view.confirmed} slots={contract.slotCount} target={contract.demoTarget} />
      <RunOfShow event={event} entries={view.entries} />
      <DemoList title="Waitlist" demos={view.waiting} presenterOf={presenterOf} numbered />
      <DemoList title="In screening" demos={view.screening} presenterOf={presenterOf} />
      <DemoList title="Proposed" demos={view.proposed} presenterOf={presenterOf} />
      {view.ended.length > 0 && (
        <details>
          <summary className="small muted">{view.ended.length} declined or withdrawn</summary>
          <DemoList
            title="Declined or withdrawn"
            demos={view.ended}
            presenterOf={presenterOf}
            showState
          />
        </details>
      )}
      {isAdding && <AddDemoDialog eventId={event.id} onClose={() => setIsAdding(false)} />}
      {isImporting && (
        <SpeakerImportDialog eventId={event.id} onClose={() => setIsImporting(false)} />
      )}
      {isEditingContract && (
        <ContractDialog event={event} onClose={() => setIsEditingContract(false)} />
      )}
    </section>
  )
}

/** One cell per slot: filled, empty, and where the announce target sits. */
function SlotMeter({ filled, slots, target }: { filled: number; slots: number; target: number }) {
  return (
    <div className="slot-meter" role="img" aria-label={`${filled} of ${slots} slots filled`}>
      {Array.from({ length: slots }, (_, index) => (
        <span
          key={index}
          className="slot"
          data-filled={index < filled || undefined}
          data-target={index === target - 1 || undefined}
        />
      ))}
    </div>
  )
}
