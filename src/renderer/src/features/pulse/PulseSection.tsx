import { useMemo } from 'react'
import { CHAT_PLATFORM_LABELS } from '../../../../shared/chat/types'
import type { PulseWeek } from '../../../../shared/chat/weekly-pulse'
import { useAppStore } from '../../app/store-context'
import { TrendChart, type ChartPoint } from '../review'
import { formatChatTime, formatDay } from './pulse-format'
import { usePulse } from './use-pulse'
import './pulse.css'
import { countOf } from '../../../../shared/util/format-number'

const WEEKS_SHOWN = 26

/** Weeks as chart points: messages on a scale where the busiest week shown is 100. */
export function weekPoints(weeks: readonly PulseWeek[]): ChartPoint[] {
  const busiest = Math.max(1, ...weeks.map((week) => week.messages))
  return weeks.map((week) => ({
    key: week.week,
    label: formatDay(week.week),
    title: `Week of ${formatDay(week.week)}`,
    value: Math.round((week.messages / busiest) * 100),
    valueText: countOf(week.messages, 'message'),
    inputs: [
      { name: 'Messages', text: String(week.messages) },
      { name: 'Voices', text: String(week.voices) },
      { name: 'Replies', text: String(week.replies) },
    ],
    notes: [],
    isWarning: false,
    isEstimated: false,
  }))
}

/**
 * Community pulse on the Metrics screen (DESIGN.md §1.11): the chats imported (with undo), the
 * group week by week, its most active voices, the authors to link to people, and the people who
 * talk but have never demoed, offered to the pipeline board.
 */
export function PulseSection() {
  const pulse = usePulse()
  const chats = useAppStore((state) => state.chats)
  const chatImports = useAppStore((state) => state.chatImports)
  const people = useAppStore((state) => state.people)
  const openChatImport = useAppStore((state) => state.openChatImport)
  const undoChatImport = useAppStore((state) => state.undoChatImport)
  const decideAuthor = useAppStore((state) => state.decideAuthor)
  const names = useMemo(() => new Map(people.map((person) => [person.id, person.name])), [people])
  const points = useMemo(() => weekPoints((pulse?.weeks ?? []).slice(-WEEKS_SHOWN)), [pulse])
  const imports = chatImports
    .filter((record) => record.undoneAt === null)
    .slice(-5)
    .reverse()

  return (
    <section
      className="card card-body stack"
      aria-label="Community pulse"
      data-testid="pulse-section"
    >
      <div className="row-between">
        <h2>Community pulse</h2>
        <button type="button" className="btn" onClick={() => openChatImport(true)}>
          Import a group chat…
        </button>
      </div>
      {chats.length === 0 ? (
        <p className="small muted">
          Import the group chat’s export (WhatsApp, Telegram, Discord or Slack) to see the
          discussion week by week, after each night, and who talks but has never demoed. Messages
          stay on this computer.
        </p>
      ) : (
        <>
          <ul className="pulse-chats" aria-label="Chats">
            {chats.map((chat) => (
              <li key={chat.id}>
                <strong>{chat.name}</strong>{' '}
                <span className="muted small">
                  {CHAT_PLATFORM_LABELS[chat.platform]} ·{' '}
                  {countOf(pulse?.messageCounts[chat.id] ?? 0, 'message')}
                </span>
              </li>
            ))}
          </ul>
          {imports.length > 0 && (
            <details className="small">
              <summary>Chat imports</summary>
              <ul className="pulse-imports">
                {imports.map((record) => (
                  <li key={record.id}>
                    {record.fileName} · {formatChatTime(record.importedAt)} ·{' '}
                    {countOf(record.added, 'message')} added{' '}
                    <button
                      type="button"
                      className="btn btn-ghost btn-sm"
                      onClick={() => void undoChatImport(record.id)}
                    >
                      Undo
                    </button>
                  </li>
                ))}
              </ul>
            </details>
          )}
          <div className="pulse-grid">
            <div className="pulse-wide">
              <TrendChart
                title={
                  <h3>
                    Week by week{' '}
                    <span className="muted small pulse-chart-note">
                      · messages, the busiest week as 100; hover or show as table for the counts
                    </span>
                  </h3>
                }
                label="Messages per week in the group chats"
                points={points}
                valueName="Messages (busiest week = 100)"
                height={180}
                emptyText="No messages yet."
              />
            </div>
            <div className="pulse-block">
              <h3>Most active voices</h3>
              <ol
                className="pulse-voices"
                aria-label="Most active voices"
                data-testid="pulse-voices"
              >
                {(pulse?.voices ?? []).slice(0, 8).map((voice) => (
                  <li key={`${voice.chatId}:${voice.authorKey}`}>
                    <span>
                      {voice.personId !== null
                        ? (names.get(voice.personId) ?? voice.name)
                        : voice.name}
                    </span>
                    <span className="tabular muted small">{voice.messages}</span>
                  </li>
                ))}
              </ol>
            </div>
          </div>
          {pulse !== null && pulse.suggestions.length > 0 && (
            <div className="pulse-block" data-testid="pulse-suggestions">
              <h3>Who is who?</h3>
              <p className="small muted">
                Chat authors who may be people you know, by phone number or name. Nothing is linked
                until you say so.
              </p>
              <ul className="pulse-suggestions">
                {pulse.suggestions.slice(0, 8).map((suggestion) => (
                  <li
                    key={`${suggestion.chatId}:${suggestion.authorKey}`}
                    data-testid="pulse-suggestion"
                  >
                    <span>
                      <strong>{suggestion.authorName}</strong> (
                      {countOf(suggestion.messages, 'message')}) may be{' '}
                      <strong>{suggestion.personName}</strong>{' '}
                      <span className="muted small">· {suggestion.evidence}</span>
                    </span>
                    <span className="row">
                      <button
                        type="button"
                        className="btn btn-sm"
                        onClick={() => void decideAuthor({ ...suggestion, isSamePerson: true })}
                      >
                        Same person
                      </button>
                      <button
                        type="button"
                        className="btn btn-ghost btn-sm"
                        onClick={() => void decideAuthor({ ...suggestion, isSamePerson: false })}
                      >
                        Not them
                      </button>
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </section>
  )
}
