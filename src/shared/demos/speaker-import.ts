/**
 * A speaker list into an event's demos (issue: Sessionize sessions export, or a simple CSV with
 * name, e-mail and title). Presenters are found by the attendee import's identity rules
 * (DESIGN.md §1.3): e-mail or platform id decide, similar names only become suggestions.
 */
import type { Demo } from '../domain/demo-schemas'
import type {
  Event,
  MergeSuggestion,
  Person,
  Platform,
  Registration,
  Tombstone,
} from '../domain/schemas'
import { foldText, resolveIdentity } from '../identity/resolve-identity'
import { guessColumnMapping } from '../import/column-mapping'
import { detectPlatform } from '../import/detect-platform'
import { mapRows } from '../import/map-rows'
import { normaliseHeader } from '../import/normalise'
import type { ImportedRow, ParsedTable } from '../import/types'
import { createDemo } from './demo-slots'

export interface SpeakerEntry {
  line: number
  name: string
  email: string
  platformPersonId: string
  sourceKey: string
  title: string
  pitch: string
}

export type SpeakerReadResult =
  | {
      ok: true
      platform: Platform
      entries: SpeakerEntry[]
      /** Rows that cannot become a demo, by line, with the reason. */
      problems: { line: number; reason: string }[]
    }
  | { ok: false; reason: string }

const TITLE_HEADERS = new Set(['title', 'demotitle', 'talktitle', 'sessiontitle', 'demo', 'talk'])
const PITCH_HEADERS = new Set(['pitch', 'description', 'abstract', 'summary', 'oneliner'])
const PITCH_LENGTH = 1000

/** Reads the speakers and their demo titles out of a parsed table. */
export function readSpeakerTable(table: ParsedTable): SpeakerReadResult {
  const { platform } = detectPlatform(table.header)
  const titleColumn = table.header.find((name) => TITLE_HEADERS.has(normaliseHeader(name)))
  if (titleColumn === undefined) {
    return {
      ok: false,
      reason: 'no title column: a speaker list needs a name or e-mail and a title per demo',
    }
  }
  const pitchColumn = table.header.find((name) => PITCH_HEADERS.has(normaliseHeader(name)))
  // Without a row key: an attendee list folds a speaker's rows into one registration, but each of
  // a speaker's sessions is a demo of its own.
  const { sourceKey: _rowKey, ...mapping } = guessColumnMapping(table.header, platform)
  const mapped = mapRows(table, mapping, platform)
  const problems = mapped.rowErrors.map((error) => ({ line: error.line, reason: error.reason }))
  const entries: SpeakerEntry[] = []
  // Sessionize repeats a session once per co-speaker: the first speaker presents, the others are
  // named in the pitch so nobody is forgotten.
  const bySession = new Map<string, SpeakerEntry>()
  for (const row of mapped.rows) {
    const title = (row.answers[titleColumn] ?? '').trim()
    if (title === '') {
      problems.push({ line: row.line, reason: 'no demo title' })
      continue
    }
    const sessionKey = platform === 'sessionize' ? (row.answers['Session Id'] ?? title) : ''
    const lead = sessionKey === '' ? undefined : bySession.get(sessionKey)
    if (lead !== undefined) {
      lead.pitch = withCoSpeaker(lead.pitch, row.name || row.email)
      continue
    }
    const entry: SpeakerEntry = {
      line: row.line,
      name: row.name,
      email: row.email,
      platformPersonId: row.platformPersonId,
      sourceKey: row.sourceKey,
      title,
      pitch: firstLine(pitchColumn === undefined ? '' : (row.answers[pitchColumn] ?? '')),
    }
    entries.push(entry)
    if (sessionKey !== '') bySession.set(sessionKey, entry)
  }
  return { ok: true, platform, entries, problems: problems.sort((a, b) => a.line - b.line) }
}

export interface SpeakerImportState {
  event: Event
  people: readonly Person[]
  tombstones: readonly Tombstone[]
  mergeSuggestions: readonly MergeSuggestion[]
  registrations: readonly Registration[]
  demos: readonly Demo[]
}

export interface SpeakerImportReport {
  demosAdded: number
  /** Entries whose person already has a demo of that title at this event. */
  alreadyThere: number
  peopleMatched: number
  peopleCreated: number
  skipped: { line: number; reason: string }[]
  suggestions: number
}

export interface SpeakerImportResult {
  people: Person[]
  mergeSuggestions: MergeSuggestion[]
  demos: Demo[]
  report: SpeakerImportReport
}

/** Adds one proposed demo per entry; a re-import of the same list adds nothing twice. */
export function applySpeakerImport(
  state: SpeakerImportState,
  platform: Platform,
  entries: readonly SpeakerEntry[],
  ctx: { now: Date; newId: () => string },
): SpeakerImportResult {
  // A speaker with neither e-mail nor platform id cannot be recognised by identity rules, so a
  // re-import would create them again. Their demo on this event, by name and title, is the
  // recognition: such a row is already there and is left out of identity resolution.
  const names = new Map(state.people.map((person) => [person.id, foldText(person.name)]))
  const knownByName = new Set(
    state.demos
      .filter((demo) => demo.eventId === state.event.id)
      .map((demo) => `${names.get(demo.personId) ?? ''}\n${demo.title.trim().toLowerCase()}`),
  )
  const isKnownNameOnly = (entry: SpeakerEntry): boolean =>
    entry.email.trim() === '' &&
    entry.platformPersonId.trim() === '' &&
    knownByName.has(`${foldText(entry.name)}\n${entry.title.trim().toLowerCase()}`)
  const nameOnlyAgain = entries.filter(isKnownNameOnly).length
  const fresh = entries.filter((entry) => !isKnownNameOnly(entry))

  const rows: ImportedRow[] = fresh.map((entry) => ({
    line: entry.line,
    name: entry.name,
    email: entry.email,
    platformPersonId: entry.platformPersonId,
    sourceKey: entry.sourceKey,
    status: 'going',
    attendance: 'unknown',
    ticketType: '',
    registeredAt: '',
    answers: {},
  }))
  const identity = resolveIdentity(
    state,
    { eventId: state.event.id, eventTitle: state.event.title, platform, rows },
    ctx,
  )
  const existing = new Set(
    state.demos
      .filter((demo) => demo.eventId === state.event.id)
      .map((demo) => demoKey(demo.personId, demo.title)),
  )
  const added: Demo[] = []
  const skipped: { line: number; reason: string }[] = []
  const matched = new Set<string>()
  let alreadyThere = nameOnlyAgain
  identity.resolutions.forEach((resolution, index) => {
    const entry = fresh[index]
    if (entry === undefined) return
    if (resolution.kind === 'skipped') {
      skipped.push({ line: resolution.line, reason: resolution.reason })
      return
    }
    if (resolution.kind === 'matched') matched.add(resolution.personId)
    const key = demoKey(resolution.personId, entry.title)
    if (existing.has(key)) {
      alreadyThere += 1
      return
    }
    existing.add(key)
    added.push(
      createDemo(
        state.event.id,
        { personId: resolution.personId, title: entry.title, pitch: entry.pitch, links: [] },
        { id: ctx.newId(), now: ctx.now },
      ),
    )
  })
  const changed = new Map(identity.changedPeople.map((person) => [person.id, person]))
  return {
    people: [
      ...state.people.map((person) => changed.get(person.id) ?? person),
      ...identity.createdPeople,
    ],
    mergeSuggestions: [...state.mergeSuggestions, ...identity.suggestions],
    demos: [...state.demos, ...added],
    report: {
      demosAdded: added.length,
      alreadyThere,
      peopleMatched: matched.size,
      peopleCreated: identity.createdPeople.length,
      skipped,
      suggestions: identity.suggestions.length,
    },
  }
}

function demoKey(personId: string, title: string): string {
  return `${personId}\n${title.trim().toLowerCase()}`
}

function firstLine(text: string): string {
  return (text.split('\n')[0] ?? '').trim().slice(0, PITCH_LENGTH)
}

function withCoSpeaker(pitch: string, coSpeaker: string): string {
  if (coSpeaker === '') return pitch
  const note = `with ${coSpeaker}`
  return (pitch === '' ? note : `${pitch} (${note})`).slice(0, PITCH_LENGTH)
}
