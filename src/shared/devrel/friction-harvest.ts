/**
 * Candidate frictions found in what the organizer already wrote (DESIGN.md §1.9: "friction
 * observed anywhere (retros' "what broke", follow-up answers …) is logged"): each line of a retro's
 * "what broke", and follow-up answers that read like someone got stuck. They are suggestions, one
 * click from the board; once logged (same source, source id and text) they are not offered again.
 */
import type { FollowUp, Retro } from '../domain/journal-schemas'
import type { Event, Person } from '../domain/schemas'
import type { Friction } from '../domain/review-schemas'
import { FRICTION_TEXT_MAX } from './feedback-loop'
import { isAlreadyLogged, type FrictionDraft } from './friction-rules'

export interface FrictionCandidate extends FrictionDraft {
  source: 'retro' | 'follow-up'
  sourceId: string
  /** Stable across renders: source, source id and the line's position. */
  key: string
  /** Where it was written, in words: "Retro of AI Demo Night #12". */
  origin: string
  /** When it was last written, for newest-first order. */
  at: string
}

/**
 * Words that mark a follow-up answer as friction. Follow-up answers are mostly good news ("shipped
 * the prototype"); offering every one would bury the few that say someone was blocked.
 */
const FRICTION_CUES =
  /\b(stuck|block(ed|er|ing)?|couldn['’]?t|could not|can['’]?t|cannot|hard to|confus\w*|broke|broken|missing|wish|problem\w*|issue\w*|bug\w*|fail\w*|didn['’]?t work|unclear|frustrat\w*|no time|too (long|hard|late)|lost)\b/i

/** "- The HDMI adapter" → "The HDMI adapter": list markers people type are not the friction. */
const LIST_MARKER = /^\s*(?:[-*•·]|\d+[.)])\s+/

export interface HarvestInput {
  retros: readonly Pick<Retro, 'eventId' | 'broke' | 'updatedAt'>[]
  followUps: readonly Pick<FollowUp, 'id' | 'eventId' | 'personId' | 'answer' | 'answeredAt'>[]
  events: readonly Pick<Event, 'id' | 'title'>[]
  people: readonly Pick<Person, 'id' | 'name'>[]
  frictions: readonly Pick<Friction, 'source' | 'sourceId' | 'text'>[]
}

/** Candidate frictions not yet on the board, newest first. */
export function harvestFrictions(input: HarvestInput): FrictionCandidate[] {
  const titles = new Map(input.events.map((event) => [event.id, event.title]))
  const candidates: FrictionCandidate[] = []
  for (const retro of input.retros) {
    brokeLines(retro.broke).forEach((text, line) => {
      const title = titles.get(retro.eventId)
      candidates.push({
        key: `retro:${retro.eventId}:${line}`,
        text,
        source: 'retro',
        sourceId: retro.eventId,
        origin: title === undefined ? 'A retro' : `Retro of ${title}`,
        at: retro.updatedAt,
      })
    })
  }
  const answers = input.followUps.filter((followUp) => isFrictionAnswer(followUp.answer))
  const names = namesOf(input.people, new Set(answers.map((followUp) => followUp.personId)))
  for (const followUp of answers) {
    const title = titles.get(followUp.eventId)
    const name = names.get(followUp.personId) ?? 'Someone'
    candidates.push({
      key: `follow-up:${followUp.id}`,
      text: followUp.answer.trim().slice(0, FRICTION_TEXT_MAX),
      source: 'follow-up',
      sourceId: followUp.id,
      origin: title === undefined ? `Follow-up with ${name}` : `${name}, after ${title}`,
      at: followUp.answeredAt ?? '',
    })
  }
  return candidates
    .filter((candidate) => !isAlreadyLogged(input.frictions, candidate))
    .sort((a, b) => b.at.localeCompare(a.at) || a.key.localeCompare(b.key))
}

/** One friction per line of "what broke": retros list several things that went wrong. */
export function brokeLines(broke: string): string[] {
  return broke
    .split(/\r?\n/)
    .map((line) => line.replace(LIST_MARKER, '').trim().slice(0, FRICTION_TEXT_MAX))
    .filter((line) => line !== '')
}

/** Whether a follow-up answer says someone hit friction. */
export function isFrictionAnswer(answer: string): boolean {
  return FRICTION_CUES.test(answer)
}

/** Names of only the people asked for: the directory can hold 50,000. */
function namesOf(
  people: readonly Pick<Person, 'id' | 'name'>[],
  wanted: ReadonlySet<string>,
): Map<string, string> {
  const names = new Map<string, string>()
  if (wanted.size === 0) return names
  for (const person of people) if (wanted.has(person.id)) names.set(person.id, person.name)
  return names
}
