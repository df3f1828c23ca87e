import type { Verdict } from '../../../../shared/devrel/diagnostic-checklist'

/** The checklist's summary: pause amplification, amplify confidently, or not yet — and why. */
export function VerdictBanner({ verdict }: { verdict: Verdict }) {
  switch (verdict.kind) {
    case 'pause':
      return (
        <section className="verdict verdict-pause" aria-label="Verdict" data-testid="verdict">
          <h2>Pause amplification</h2>
          <p className="small">
            Fix {verdict.reasons.length === 1 ? 'this' : 'these'} before growing the room: more
            people would meet the same strain.
          </p>
          <ul className="small">
            {verdict.reasons.map((item) => (
              <li key={item.id}>{item.question}</li>
            ))}
          </ul>
        </section>
      )
    case 'amplify':
      return (
        <section className="verdict verdict-amplify" aria-label="Verdict" data-testid="verdict">
          <h2>Amplify confidently</h2>
          <p className="small">
            No warning sign, and every sign that the mechanisms work. Promote the nights and grow
            the room.
          </p>
        </section>
      )
    case 'not-yet':
      return (
        <section className="verdict verdict-not-yet" aria-label="Verdict" data-testid="verdict">
          <h2>Not yet: hold steady</h2>
          <p className="small">
            No reason to pause, but not enough to amplify with confidence
            {verdict.unanswered.length > 0
              ? ` — ${verdict.unanswered.length} question${verdict.unanswered.length === 1 ? '' : 's'} still open`
              : ''}
            .
          </p>
          {verdict.missing.length > 0 && (
            <>
              <p className="small">Signs of confidence still missing:</p>
              <ul className="small">
                {verdict.missing.map((item) => (
                  <li key={item.id}>{item.question}</li>
                ))}
              </ul>
            </>
          )}
        </section>
      )
  }
}
