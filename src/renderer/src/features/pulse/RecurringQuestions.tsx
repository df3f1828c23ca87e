import { frictionTextOf } from '../../../../shared/chat/recurring-questions'
import { useAppStore } from '../../app/store-context'
import { formatChatTime } from './pulse-format'
import { usePulse } from './use-pulse'
import './pulse.css'
import { countOf } from '../../../../shared/util/format-number'

/**
 * Recurring friction for the feedback loop's Observe stage (DESIGN.md §1.9): questions asked again
 * in the group across weeks, alike by their shared words, each with its messages; one click logs
 * it as a friction from the community channel.
 */
export function RecurringQuestions() {
  const pulse = usePulse()
  const chats = useAppStore((state) => state.chats)
  const frictions = useAppStore((state) => state.frictions)
  const logFriction = useAppStore((state) => state.logFriction)
  if (pulse === null || pulse.questions.length === 0) return null
  const logged = new Set(frictions.map((friction) => friction.text))
  return (
    <section
      className="card card-body stack"
      aria-label="Questions that come back"
      data-testid="recurring-questions"
    >
      <h2>Questions that come back in the group</h2>
      <p className="small muted">
        Alike when at least 40% of their words are shared (after dropping common words); asked in
        two or more weeks.
      </p>
      <ul className="pulse-questions">
        {pulse.questions.slice(0, 6).map((question) => {
          const chatName =
            chats.find((chat) => chat.id === question.messages[0]?.chatId)?.name ?? 'the group'
          const text = frictionTextOf(question, chatName)
          const isLogged = logged.has(text)
          return (
            <li key={question.id} data-testid="recurring-question">
              <div className="row-between">
                <strong>“{question.question}”</strong>
                {isLogged ? (
                  <span className="badge badge-ok">On the board</span>
                ) : (
                  <button
                    type="button"
                    className="btn btn-sm"
                    onClick={() => void logFriction({ text, source: 'channel', sourceId: null })}
                  >
                    Log as friction
                  </button>
                )}
              </div>
              <span className="small muted">
                {countOf(question.messages.length, 'time')} over {countOf(question.weeks, 'week')} ·
                shared words: {question.sharedWords.join(', ')}
              </span>
              <details>
                <summary className="small">The messages</summary>
                <ul className="pulse-messages">
                  {question.messages.map((message) => (
                    <li key={message.key}>
                      <span className="small muted">
                        {message.author} · {formatChatTime(message.at)}
                      </span>
                      <q>{message.text}</q>
                    </li>
                  ))}
                </ul>
              </details>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
