/**
 * After an event (DESIGN.md §1.5–1.7): the retro, the follow-up minimum, intros and sparks, and
 * the organizer check-in. Pure: the journal in, the journal out, refusals in words.
 */
import type {
  CheckIn,
  FollowUp,
  FollowUpOutcome,
  Intro,
  Journal,
  Retro,
} from '../domain/journal-schemas'
import type { Event } from '../domain/schemas'
import { eventEnd } from '../events/event-time'

export type JournalResult =
  { ok: true; journal: Journal; outcome: string } | { ok: false; reason: string }

/**
 * The current person a stored id stands for (see metrics/person-resolver): follow-ups made for
 * someone later merged belong to the merged person, so "already on the list" compares through it.
 */
export type CurrentPersonId = (personId: string) => string | null
const asStored: CurrentPersonId = (personId) => personId

export interface RetroDraft {
  worked: string
  broke: string
  surprised: string
  inviteNext: string[]
  followUpPicks: { personId: string; why: string }[]
}

export const RETRO_PICKS = 3

/** Saves the retro's text as it is typed; a completed retro stays completed. */
export function saveRetro(
  journal: Journal,
  event: Event,
  draft: RetroDraft,
  now: Date,
): JournalResult {
  if (eventEnd(event) > now)
    return { ok: false, reason: 'The retro opens when the event has ended.' }
  if (draft.followUpPicks.length > RETRO_PICKS) {
    return { ok: false, reason: `Pick at most ${RETRO_PICKS} people to follow up with.` }
  }
  const existing = journal.retros.find((retro) => retro.eventId === event.id)
  const retro: Retro = {
    eventId: event.id,
    ...draft,
    inviteNext: [...new Set(draft.inviteNext)],
    completedAt: existing?.completedAt ?? null,
    updatedAt: now.toISOString(),
  }
  return {
    ok: true,
    journal: {
      ...journal,
      retros: upsert(journal.retros, retro, (entry) => entry.eventId === event.id),
    },
    outcome: 'Retro saved',
  }
}

/**
 * Marks the retro done. The template asks for all five parts; the three text answers must say
 * something, and the 3 follow-up picks must each say why.
 */
export function completeRetro(journal: Journal, event: Event, now: Date): JournalResult {
  const retro = journal.retros.find((entry) => entry.eventId === event.id)
  if (retro === undefined) return { ok: false, reason: 'Write the retro first.' }
  const missing = [
    retro.worked.trim() === '' ? 'what worked' : '',
    retro.broke.trim() === '' ? 'what broke' : '',
    retro.surprised.trim() === '' ? 'what surprised us' : '',
    retro.followUpPicks.length < RETRO_PICKS ? `${RETRO_PICKS} people to follow up with` : '',
    retro.followUpPicks.some((pick) => pick.why.trim() === '') ? 'why for each follow-up pick' : '',
  ].filter(Boolean)
  if (missing.length > 0) return { ok: false, reason: `Still missing: ${missing.join(', ')}.` }
  const completed: Retro = {
    ...retro,
    completedAt: retro.completedAt ?? now.toISOString(),
    updatedAt: now.toISOString(),
  }
  return {
    ok: true,
    journal: {
      ...journal,
      retros: upsert(journal.retros, completed, (entry) => entry.eventId === event.id),
    },
    outcome: 'Retro done',
  }
}

/** Someone picked for a personal follow-up after `eventId`; once per person per event. */
export function pickFollowUp(
  journal: Journal,
  eventId: string,
  personId: string,
  context: { id: string; now: Date },
  currentId: CurrentPersonId = asStored,
): JournalResult {
  if (isOnList(journal, eventId, personId, currentId)) {
    return { ok: false, reason: 'This person is already on the follow-up list.' }
  }
  const followUp: FollowUp = {
    id: context.id,
    eventId,
    personId,
    channel: '',
    sentOn: null,
    answer: '',
    outcomes: [],
    answeredAt: null,
    createdAt: context.now.toISOString(),
  }
  return {
    ok: true,
    journal: { ...journal, followUps: [...journal.followUps, followUp] },
    outcome: 'Picked for a follow-up',
  }
}

export interface FollowUpFields {
  channel: string
  sentOn: string | null
  answer: string
  outcomes: FollowUpOutcome[]
}

export function updateFollowUp(
  journal: Journal,
  id: string,
  fields: FollowUpFields,
  now: Date,
): JournalResult {
  const existing = journal.followUps.find((entry) => entry.id === id)
  if (existing === undefined) return { ok: false, reason: 'This follow-up no longer exists.' }
  const hasAnswer = fields.answer.trim() !== '' || fields.outcomes.length > 0
  const updated: FollowUp = {
    ...existing,
    ...fields,
    outcomes: [...new Set(fields.outcomes)],
    answeredAt: hasAnswer ? (existing.answeredAt ?? now.toISOString()) : null,
  }
  return {
    ok: true,
    journal: {
      ...journal,
      followUps: upsert(journal.followUps, updated, (entry) => entry.id === id),
    },
    outcome: fields.sentOn !== null && existing.sentOn === null ? 'Marked as sent' : 'Saved',
  }
}

export function removeFollowUp(journal: Journal, id: string): JournalResult {
  return {
    ok: true,
    journal: { ...journal, followUps: journal.followUps.filter((entry) => entry.id !== id) },
    outcome: 'Removed from the follow-up list',
  }
}

export function addIntro(
  journal: Journal,
  intro: Pick<Intro, 'personIds' | 'eventId' | 'byWhom' | 'about'>,
  context: { id: string; now: Date },
): JournalResult {
  if (intro.personIds[0] === intro.personIds[1]) {
    return { ok: false, reason: 'An intro links two different people.' }
  }
  const { about, ...fields } = intro
  const added: Intro = {
    id: context.id,
    ...fields,
    // Only an intro captured with its topic carries one; older intros have none.
    ...(about !== undefined && about !== '' ? { about } : {}),
    at: context.now.toISOString(),
    sparkedAt: null,
    sparkNote: '',
  }
  return {
    ok: true,
    journal: { ...journal, intros: [...journal.intros, added] },
    outcome: 'Intro logged',
  }
}

/** The intro turned into action: now it is a collaboration spark. */
export function markSpark(journal: Journal, id: string, note: string, now: Date): JournalResult {
  const intro = journal.intros.find((entry) => entry.id === id)
  if (intro === undefined) return { ok: false, reason: 'This intro no longer exists.' }
  const sparked: Intro = {
    ...intro,
    sparkedAt: intro.sparkedAt ?? now.toISOString(),
    sparkNote: note,
  }
  return {
    ok: true,
    journal: { ...journal, intros: upsert(journal.intros, sparked, (entry) => entry.id === id) },
    outcome: 'Marked as a spark',
  }
}

/** The organizer's 20-second check-in after an event; saving again replaces it. */
export function saveCheckIn(
  journal: Journal,
  checkIn: Omit<CheckIn, 'at'>,
  now: Date,
): JournalResult {
  const saved: CheckIn = { ...checkIn, word: checkIn.word.trim(), at: now.toISOString() }
  return {
    ok: true,
    journal: {
      ...journal,
      checkIns: upsert(journal.checkIns, saved, (entry) => entry.eventId === checkIn.eventId),
    },
    outcome: 'Check-in saved',
  }
}

function upsert<T>(list: readonly T[], item: T, isSame: (entry: T) => boolean): T[] {
  const index = list.findIndex(isSame)
  if (index === -1) return [...list, item]
  return list.map((entry, position) => (position === index ? item : entry))
}

function isOnList(
  journal: Journal,
  eventId: string,
  personId: string,
  currentId: CurrentPersonId,
): boolean {
  const person = currentId(personId) ?? personId
  return journal.followUps.some(
    (entry) =>
      entry.eventId === eventId && (currentId(entry.personId) ?? entry.personId) === person,
  )
}
