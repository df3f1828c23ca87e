import { CADENCE_TARGET, type CycleStatus } from '../../../../shared/pipeline/forward-moves'

/** The cadence gate's number: forward moves since the last event ended, against 3–5. */
export function CycleCounter({ cycle }: { cycle: CycleStatus }) {
  const { forwardMoves, since, isBelowTarget } = cycle
  return (
    <div
      className={`cycle-counter ${isBelowTarget ? 'cycle-low' : 'cycle-ok'}`}
      data-testid="cycle-counter"
      title="Forward move: a card moved to a column further right on the path. Target: 3–5 between two events."
    >
      <span className="cycle-number tabular">{forwardMoves}</span>{' '}
      <span className="small">
        forward move{forwardMoves === 1 ? '' : 's'} this cycle · target {CADENCE_TARGET.min}–
        {CADENCE_TARGET.max}
        <span className="faint">
          {' '}
          · {since === null ? 'no event has ended yet' : `since “${since.title}” ended`}
        </span>
      </span>
    </div>
  )
}
