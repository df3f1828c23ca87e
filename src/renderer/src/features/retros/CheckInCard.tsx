import { useState } from 'react'
import type { Event } from '../../../../shared/domain/schemas'
import { useAppStore } from '../../app/store-context'

/** The organizer's 20-second check-in after an event: energy, hours, one word (DESIGN.md §1.7). */
export function CheckInCard({ event }: { event: Event }) {
  const checkIn = useAppStore((state) => state.checkIns.find((entry) => entry.eventId === event.id))
  const saveCheckIn = useAppStore((state) => state.saveCheckIn)
  const showToast = useAppStore((state) => state.showToast)
  const [energy, setEnergy] = useState(checkIn?.energy ?? 3)
  const [hours, setHours] = useState(String(checkIn?.hours ?? ''))
  const [word, setWord] = useState(checkIn?.word ?? '')
  return (
    <section className="card card-body stack" aria-label="Organizer check-in">
      <div className="row-between">
        <h2>Your check-in</h2>
        {checkIn && <span className="badge badge-ok">Saved</span>}
      </div>
      <form
        className="stack"
        onSubmit={(formEvent) => {
          formEvent.preventDefault()
          const spent = Number(hours)
          if (hours.trim() === '' || !Number.isFinite(spent) || spent < 0) {
            showToast('Give the hours you spent on this event', { tone: 'error' })
            return
          }
          saveCheckIn(event.id, energy, spent, word).catch((error: Error) =>
            showToast(error.message, { tone: 'error' }),
          )
        }}
      >
        <fieldset
          className="stack"
          style={{ gap: 'var(--space-1)', border: 0, padding: 0, margin: 0 }}
        >
          <legend className="field-label">Energy (1 = empty, 5 = full)</legend>
          <div className="energy-scale">
            {[1, 2, 3, 4, 5].map((level) => (
              <label key={level} className="check-row">
                <input
                  type="radio"
                  name={`energy-${event.id}`}
                  checked={energy === level}
                  onChange={() => setEnergy(level)}
                />
                {level}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="form-grid">
          <label className="field">
            <span className="field-label">Hours spent</span>
            <input
              className="input"
              type="number"
              min={0}
              max={500}
              value={hours}
              onChange={(input) => setHours(input.target.value)}
            />
          </label>
          <label className="field">
            <span className="field-label">One word</span>
            <input
              className="input"
              maxLength={40}
              value={word}
              onChange={(input) => setWord(input.target.value)}
            />
          </label>
        </div>
        <button type="submit" className="btn btn-sm" style={{ alignSelf: 'flex-end' }}>
          Save check-in
        </button>
      </form>
    </section>
  )
}
