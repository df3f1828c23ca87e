import type { Event } from '../../../../shared/domain/schemas'
import type { NightPulse } from '../../../../shared/chat/night-pulse'
import { useAppStore } from '../../app/store-context'
import { formatChatTime } from './pulse-format'
import { usePulse } from './use-pulse'
import './pulse.css'
import { countOf, formatDecimal } from '../../../../shared/util/format-number'

const MENTIONS_SHOWN = 8

/** The three levels compared, the night's days against the group's usual. */
const LEVELS = [
  { label: 'Messages a day', key: 'messagesPerDay' },
  { label: 'Voices a day', key: 'voicesPerDay' },
  { label: 'Replies a day', key: 'repliesPerDay' },
] as const
/**
 * After the night (DESIGN.md §1.11): the group's discussion in the days after this event against
 * its usual level, the messages about the night, and a clear flag when there was none. Recording
 * it as observed counts for the follow-up minimum.
 */
export function NightPulseCard({ event }: { event: Event }) {
  const pulse = usePulse()
  const chats = useAppStore((state) => state.chats)
  const observations = useAppStore((state) => state.chatObservations)
  const openChatImport = useAppStore((state) => state.openChatImport)
  const observeNight = useAppStore((state) => state.observeNight)
  const nights = pulse?.nights.filter((night) => night.eventId === event.id) ?? []

  return (
    <section
      className="card card-body stack"
      aria-label="After the night"
      data-testid="night-pulse"
    >
      <div className="row-between">
        <h2>After the night: the group</h2>
        {nights.some((night) => night.isSilent) && (
          <span className="badge badge-danger" data-testid="night-pulse-silent">
            No discussion
          </span>
        )}
      </div>
      {chats.length === 0 ? (
        <div className="pulse-block">
          <p className="small muted">
            Import the group chat’s export to see what people said in the days after this night. No
            discussion is worse than negative feedback.
          </p>
          <div>
            <button type="button" className="btn" onClick={() => openChatImport(true)}>
              Import a group chat…
            </button>
          </div>
        </div>
      ) : pulse === null ? (
        <p className="small muted" role="status">
          Reading the chats…
        </p>
      ) : nights.length === 0 ? (
        <p className="small muted">The imported chats do not reach this night.</p>
      ) : (
        nights.map((night) => (
          <NightInChat
            key={night.chatId}
            night={night}
            chatName={chats.find((chat) => chat.id === night.chatId)?.name ?? 'The group'}
            observation={observations.find(
              (entry) => entry.eventId === event.id && entry.chatId === night.chatId,
            )}
            onObserve={() => void observeNight(event.id, night.chatId)}
          />
        ))
      )}
    </section>
  )
}

function NightInChat({
  night,
  chatName,
  observation,
  onObserve,
}: {
  night: NightPulse
  chatName: string
  observation: { observedAt: string; messagesRead: number } | undefined
  onObserve: () => void
}) {
  const isCovered = night.coverage === 'covered' || night.coverage === 'ends-during'
  return (
    <div className="stack" data-testid="night-pulse-chat">
      <p
        className={night.isSilent ? 'callout callout-warning' : ''}
        data-testid="night-pulse-summary"
      >
        <strong>{chatName}.</strong> {night.summary}
      </p>
      {isCovered && (
        <dl
          className="pulse-levels"
          aria-label={`${chatName}: the days after against the usual level`}
        >
          {LEVELS.map(({ label, key }) => (
            <div key={key}>
              <dt>{label}</dt>
              <dd className="tabular">
                {formatDecimal(night.after[key])}
                <span className="muted small">
                  {' '}
                  usually {night.usual ? formatDecimal(night.usual[key]) : '—'}
                </span>
              </dd>
            </div>
          ))}
        </dl>
      )}
      {night.mentions.length > 0 && (
        <ul className="pulse-messages" aria-label="Messages about the night">
          {night.mentions.slice(0, MENTIONS_SHOWN).map((mention) => (
            <li key={mention.key}>
              <span className="small muted">
                {mention.author} · {formatChatTime(mention.at)} · {mention.matched.join(', ')}
              </span>
              <q>{mention.text}</q>
            </li>
          ))}
          {night.mentions.length > MENTIONS_SHOWN && (
            <li className="small muted">
              and {countOf(night.mentions.length - MENTIONS_SHOWN, 'more message')}
            </li>
          )}
        </ul>
      )}
      {isCovered &&
        (observation !== undefined ? (
          <p className="small muted" data-testid="night-pulse-observed">
            Observed on {formatChatTime(observation.observedAt)}:{' '}
            {countOf(observation.messagesRead, 'message')} read. Counts for the follow-up minimum.
          </p>
        ) : (
          <div>
            <button type="button" className="btn" onClick={onObserve}>
              Record as observed ({countOf(night.messages, 'message')} read)
            </button>
            <p className="small muted">
              Observing the group after a night counts for the follow-up minimum.
            </p>
          </div>
        ))}
    </div>
  )
}
