import type { AnsweredItem } from '../../../../shared/devrel/diagnostic-checklist'
import { OrganizerAnswer } from './OrganizerAnswer'

/**
 * Badge tone by meaning, not by word: "yes" on the pause list is a warning sign, "yes" on the
 * amplify list is good news.
 */
function tone({ item, answer }: AnsweredItem): string {
  if (answer.answer === null) return ''
  const isGood = (answer.answer === 'yes') === (item.list === 'amplify')
  return isGood ? 'badge-ok' : 'badge-warn'
}

/** One question with its answer: the app's, with the evidence, or the organizer's own. */
export function DiagnosticItemRow({ entry }: { entry: AnsweredItem }) {
  const { item, answer } = entry
  return (
    <li className="diagnostic-item" data-testid="diagnostic-item" data-item={item.id}>
      <div className="row-between" style={{ alignItems: 'flex-start' }}>
        <div className="stack" style={{ gap: 0 }}>
          <h3 className="diagnostic-question">{item.question}</h3>
          <p className="faint small">{item.why}</p>
        </div>
        <span className={`badge ${tone(entry)}`} data-testid="diagnostic-answer">
          {answer.answer === null ? 'Not answered' : answer.answer === 'yes' ? 'Yes' : 'No'}
        </span>
      </div>
      {answer.by === 'app' ? (
        <p className="diagnostic-evidence small" data-testid="diagnostic-evidence">
          <span className="badge badge-info">From your data</span> {answer.evidence}
        </p>
      ) : (
        <>
          {answer.whyNotApp !== null && (
            <p className="small muted">{answer.whyNotApp} Answer it yourself for now.</p>
          )}
          <OrganizerAnswer item={item} answer={answer.answer} note={answer.note} />
        </>
      )}
    </li>
  )
}
