import { useAppStore } from '../../app/store-context'
import { formatChatTime } from './pulse-format'
import { usePulse } from './use-pulse'
import './pulse.css'

/**
 * The group after the night, inside the retro (DESIGN.md §1.11): one line per chat, the "No
 * discussion" flag, and the messages about the night, any of which the organizer can quote into
 * the retro. A quote is the only way message text reaches an export (the retro's Markdown or PDF).
 */
export function RetroPulse({
  eventId,
  onQuote,
}: {
  eventId: string
  onQuote: (quote: string) => void
}) {
  const pulse = usePulse()
  const chats = useAppStore((state) => state.chats)
  const nights = pulse?.nights.filter((night) => night.eventId === eventId) ?? []
  if (nights.length === 0) return null
  return (
    <div className="pulse-block retro-pulse" data-testid="retro-pulse">
      <h3>The group after the night</h3>
      {nights.map((night) => {
        const chatName = chats.find((chat) => chat.id === night.chatId)?.name ?? 'The group'
        return (
          <div key={night.chatId} className="pulse-block">
            <p className="small">
              {night.isSilent && <span className="badge badge-danger">No discussion</span>}{' '}
              <strong>{chatName}.</strong> {night.summary}
            </p>
            {night.mentions.length > 0 && (
              <details>
                <summary className="small">Quote a message in the retro</summary>
                <ul className="pulse-messages">
                  {night.mentions.slice(0, 12).map((mention) => (
                    <li key={mention.key}>
                      <span className="small muted">
                        {mention.author} · {formatChatTime(mention.at)}
                      </span>
                      <span className="row-between">
                        <q>{mention.text}</q>
                        <button
                          type="button"
                          className="btn btn-ghost btn-sm"
                          aria-label={`Quote ${mention.author}’s message in what worked`}
                          onClick={() =>
                            onQuote(`“${mention.text.replace(/\s+/g, ' ').trim()}” (${chatName})`)
                          }
                        >
                          Quote
                        </button>
                      </span>
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </div>
        )
      })}
    </div>
  )
}
