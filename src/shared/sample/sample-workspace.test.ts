import { describe, expect, it } from 'vitest'
import type { Event, Registration } from '../domain/schemas'
import { eventEnd, eventStart, sortByStart } from '../events/event-time'
import { WORKSPACE_FILE_NAMES, fileSchemas, type WorkspaceFiles } from '../schema/workspace'
import { currentCycle } from '../pipeline/forward-moves'
import { buildSampleWorkspace } from './sample-workspace'

const NOW = new Date('2026-11-23T12:14:00.000Z')
const HOUR_MS = 3_600_000
const DAY_MS = 24 * HOUR_MS
const workspace = buildSampleWorkspace(NOW)
const { events } = workspace.events
const { people, mergeSuggestions } = workspace.people
const { registrations } = workspace.registrations

function pastEvents(files: WorkspaceFiles, now: Date): Event[] {
  return sortByStart(files.events.events).filter((event) => eventEnd(event) < now)
}

function registrationsOf(event: Event): Registration[] {
  return registrations.filter((registration) => registration.eventId === event.id)
}

/** DESIGN.md §2: checked in where the night has check-in data, otherwise going (estimated). */
function attendeesOf(event: Event): Set<string> {
  const rows = registrationsOf(event)
  const hasCheckInData = rows.some((registration) => registration.attendance !== 'unknown')
  return new Set(
    rows
      .filter((registration) =>
        hasCheckInData ? registration.attendance === 'checked-in' : registration.status === 'going',
      )
      .map((registration) => registration.personId),
  )
}

function hoursSinceLatestEnd(files: WorkspaceFiles, now: Date): number {
  const latest = pastEvents(files, now).at(-1)
  if (latest === undefined) throw new Error('No past event')
  return (now.getTime() - eventEnd(latest).getTime()) / HOUR_MS
}

/** Every `stepMinutes` from `from` for `days` days. */
function instantsAround(from: string, days: number, stepMinutes: number): Date[] {
  const start = Date.parse(from)
  const count = Math.floor((days * DAY_MS) / (stepMinutes * 60_000))
  return Array.from({ length: count }, (_, index) => new Date(start + index * stepMinutes * 60_000))
}

describe('buildSampleWorkspace', () => {
  it.each(WORKSPACE_FILE_NAMES)('writes a %s file that passes its schema', (name) => {
    const result = fileSchemas[name].safeParse(workspace[name])
    expect(result.error?.issues ?? []).toEqual([])
  })

  it('starts in Berlin with the sample flag and the default demo target', () => {
    expect(workspace.settings.settings).toMatchObject({
      defaultTimeZone: 'Europe/Berlin',
      defaultDemoTarget: 3,
      startedWith: 'sample',
      columnMappings: {},
      statusReadings: {},
    })
    expect(workspace.registrations.imports).toEqual([])
    expect(workspace.people.tombstones).toEqual([])
    expect(workspace.people.merges).toEqual([])
  })

  it('has twelve past nights, all done, and one upcoming night in planning 3–4 weeks out', () => {
    const past = pastEvents(workspace, NOW)
    const upcoming = events.filter((event) => eventStart(event) > NOW)
    expect(past).toHaveLength(12)
    expect(past.every((event) => event.status === 'done')).toBe(true)
    expect(upcoming).toHaveLength(1)
    expect(upcoming[0]?.status).toBe('planning')
    const daysAway = (eventStart(upcoming[0] as Event).getTime() - NOW.getTime()) / DAY_MS
    expect(daysAway).toBeGreaterThanOrEqual(21)
    expect(daysAway).toBeLessThanOrEqual(28)
    expect(events).toHaveLength(13)
  })

  it('gives every night an evening in Berlin, a venue and a capacity of 80–150', () => {
    for (const event of events) {
      expect(event.timeZone).toBe('Europe/Berlin')
      expect(event.city).toBe('Berlin')
      expect(event.title).toMatch(/^AI Demo Night #\d+ — .+/)
      expect(event.venue).not.toBe('')
      expect(event.capacity).toBeGreaterThanOrEqual(80)
      expect(event.capacity).toBeLessThanOrEqual(150)
      expect(event.start.slice(0, 10)).toBe(event.end.slice(0, 10))
      expect(event.start.slice(11) >= '17:30' && event.end.slice(11) <= '22:30').toBe(true)
    }
  })

  it('records a plausible status history for each past night', () => {
    for (const event of pastEvents(workspace, NOW)) {
      expect(event.statusHistory.map((change) => change.status)).toEqual([
        'planning',
        'announced',
        'live',
        'done',
      ])
      const [created, announced, live, done] = event.statusHistory.map((change) =>
        Date.parse(change.at),
      ) as [number, number, number, number]
      const start = eventStart(event).getTime()
      expect(event.createdAt).toBe(event.statusHistory[0]?.at)
      expect((start - created) / DAY_MS).toBeGreaterThanOrEqual(35)
      expect((start - created) / DAY_MS).toBeLessThanOrEqual(43)
      expect((start - announced) / DAY_MS).toBeGreaterThanOrEqual(16)
      expect((start - announced) / DAY_MS).toBeLessThanOrEqual(25)
      expect(Math.abs(live - start)).toBeLessThan(HOUR_MS)
      expect(done).toBeGreaterThan(eventEnd(event).getTime())
      expect(done).toBeLessThanOrEqual(NOW.getTime())
    }
  })

  it('is the same workspace for the same now', () => {
    expect(buildSampleWorkspace(new Date(NOW.getTime()))).toEqual(workspace)
  })

  it('moves the dates with now but keeps the same people', () => {
    const later = buildSampleWorkspace(new Date(NOW.getTime() + 40 * DAY_MS))
    const identity = (files: WorkspaceFiles) =>
      files.people.people.map(({ id, name, emails, platformIds }) => ({
        id,
        name,
        emails,
        platformIds,
      }))
    expect(identity(later)).toEqual(identity(workspace))
    expect(later.events.events[0]?.start).not.toBe(events[0]?.start)
  })

  it('points every registration at an existing event and person, once per night', () => {
    const eventIds = new Set(events.map((event) => event.id))
    const personIds = new Set(people.map((person) => person.id))
    for (const registration of registrations) {
      expect(eventIds.has(registration.eventId)).toBe(true)
      expect(personIds.has(registration.personId)).toBe(true)
    }
    const pairs = new Set(registrations.map((row) => `${row.eventId} ${row.personId}`))
    expect(pairs.size).toBe(registrations.length)
    expect(new Set(registrations.map((row) => row.id)).size).toBe(registrations.length)
    expect(new Set(people.map((person) => person.id)).size).toBe(people.length)
  })

  it('has normalised e-mails that no two people share', () => {
    const emails = people.flatMap((person) => person.emails)
    for (const email of emails) {
      expect(email).toBe(email.trim().toLowerCase())
      expect(email).toMatch(/^[a-z0-9._+-]+@[a-z0-9.-]+\.example$/)
    }
    expect(new Set(emails).size).toBe(emails.length)
  })

  it('includes Meetup-only people, people with two e-mails and names in other scripts', () => {
    const meetupOnly = people.filter((person) => person.emails.length === 0)
    expect(meetupOnly.length).toBeGreaterThanOrEqual(10)
    for (const person of meetupOnly) {
      expect(person.platformIds).toEqual([
        { platform: 'meetup', id: expect.stringMatching(/^\d{8,9}$/) as unknown },
      ])
    }
    expect(people.filter((person) => person.emails.length === 2).length).toBeGreaterThan(5)
    const names = people.map((person) => person.name)
    expect(names.some((name) => /\p{Script=Han}/u.test(name))).toBe(true)
    expect(names.some((name) => /\p{Script=Arabic}/u.test(name))).toBe(true)
    expect(names.some((name) => /[À-ž]/u.test(name))).toBe(true)
    const tags = new Set(people.flatMap((person) => person.tags))
    expect([...tags].sort()).toEqual(['designer', 'founder', 'ml-eng', 'student'])
  })

  it('ended the most recent past night 12–36 hours before now', () => {
    const hours = hoursSinceLatestEnd(workspace, NOW)
    expect(hours).toBeGreaterThanOrEqual(12)
    expect(hours).toBeLessThanOrEqual(36)
  })

  it.each([
    ['the spring daylight-saving switch', '2026-03-28T00:00:00Z'],
    ['the autumn daylight-saving switch', '2026-10-24T00:00:00Z'],
    ['an ordinary week', '2027-02-01T00:00:00Z'],
  ])('keeps the latest night 12–36 hours back at any time of day around %s', (_, from) => {
    for (const now of instantsAround(from, 3, 70)) {
      const files = buildSampleWorkspace(now)
      const hours = hoursSinceLatestEnd(files, now)
      expect({ now: now.toISOString(), isInWindow: hours >= 12 && hours <= 36 }).toEqual({
        now: now.toISOString(),
        isInWindow: true,
      })
      expect(pastEvents(files, now)).toHaveLength(12)
    }
  })

  it('has 60–120 registrations per past night, mostly going; about 40 going for the next', () => {
    for (const event of events) {
      const rows = registrationsOf(event)
      const going = rows.filter((row) => row.status === 'going').length
      if (event.status === 'planning') {
        expect(going).toBeGreaterThanOrEqual(35)
        expect(going).toBeLessThanOrEqual(45)
        expect(rows.every((row) => row.attendance === 'unknown')).toBe(true)
      } else {
        expect(rows.length).toBeGreaterThanOrEqual(60)
        expect(rows.length).toBeLessThanOrEqual(120)
        expect(going / rows.length).toBeGreaterThan(0.75)
      }
    }
    const statuses = new Set(registrations.map((row) => row.status))
    expect([...statuses].sort()).toEqual(['cancelled', 'declined', 'going', 'waitlist'])
  })

  it('has a core of regulars: at least 20 people attended 3 or more past nights', () => {
    const nightsAttended = new Map<string, number>()
    for (const event of pastEvents(workspace, NOW)) {
      for (const personId of attendeesOf(event)) {
        nightsAttended.set(personId, (nightsAttended.get(personId) ?? 0) + 1)
      }
    }
    const counts = [...nightsAttended.values()]
    expect(counts.filter((count) => count >= 3).length).toBeGreaterThanOrEqual(20)
    // Most people come once: the funnel narrows.
    expect(counts.filter((count) => count === 1).length).toBeGreaterThan(counts.length / 3)
  })

  it('has first-timers at every past night', () => {
    const seen = new Set<string>()
    for (const event of pastEvents(workspace, NOW)) {
      const attendees = attendeesOf(event)
      const firstTimers = [...attendees].filter((personId) => !seen.has(personId))
      expect(firstTimers.length, event.title).toBeGreaterThan(5)
      for (const personId of attendees) seen.add(personId)
    }
  })

  it('has no check-in data for the Meetup nights, so their metrics are estimated', () => {
    const meetupNights = events.filter((event) =>
      registrationsOf(event).every((row) => row.platform === 'meetup'),
    )
    expect(meetupNights).toHaveLength(2)
    for (const event of meetupNights) {
      expect(registrationsOf(event).every((row) => row.attendance === 'unknown')).toBe(true)
    }
    const meetupIds = new Set(
      people.flatMap((person) => person.platformIds.map((platformId) => platformId.id)),
    )
    for (const row of registrations.filter((registration) => registration.platform === 'meetup')) {
      expect(meetupIds.has(row.sourceKey)).toBe(true)
    }
  })

  it('checks in 65–75% of those going at the Luma and Eventbrite nights', () => {
    const platforms = new Set<string>()
    for (const event of pastEvents(workspace, NOW)) {
      const rows = registrationsOf(event)
      if (rows.every((row) => row.platform === 'meetup')) continue
      for (const row of rows) platforms.add(row.platform)
      const going = rows.filter((row) => row.status === 'going')
      const checkedIn = going.filter((row) => row.attendance === 'checked-in')
      expect(checkedIn.length / going.length, event.title).toBeGreaterThanOrEqual(0.65)
      expect(checkedIn.length / going.length, event.title).toBeLessThanOrEqual(0.75)
      expect(rows.every((row) => row.attendance !== 'unknown')).toBe(true)
    }
    expect([...platforms].sort()).toEqual(['eventbrite', 'luma'])
  })

  it('offers open merge suggestions between existing people, with evidence', () => {
    const personIds = new Set(people.map((person) => person.id))
    expect(mergeSuggestions.length).toBeGreaterThanOrEqual(1)
    for (const suggestion of mergeSuggestions) {
      expect(suggestion.status).toBe('open')
      expect(suggestion.evidence.length).toBeGreaterThan(0)
      expect(suggestion.personIds.every((id) => personIds.has(id))).toBe(true)
      expect(Date.parse(suggestion.createdAt)).toBeLessThanOrEqual(NOW.getTime())
    }
    const names = mergeSuggestions.map((suggestion) =>
      suggestion.personIds.map((id) => people.find((person) => person.id === id)?.name),
    )
    expect(names).toContainEqual(['Tom B.', 'Tom Baker'])
  })

  it('dates every person and registration no later than now', () => {
    for (const person of people) expect(Date.parse(person.createdAt)).toBeLessThanOrEqual(+NOW)
    for (const event of events) expect(Date.parse(event.createdAt)).toBeLessThanOrEqual(+NOW)
    for (const row of registrations) {
      expect(Date.parse(row.registeredAt)).toBeLessThanOrEqual(+NOW)
      const event = events.find((candidate) => candidate.id === row.eventId) as Event
      expect(Date.parse(row.registeredAt)).toBeLessThan(eventStart(event).getTime())
    }
  })

  it('builds in well under 50 ms', () => {
    buildSampleWorkspace(NOW)
    const durations = Array.from({ length: 5 }, () => {
      const started = performance.now()
      buildSampleWorkspace(NOW)
      return performance.now() - started
    }).sort((a, b) => a - b)
    expect(durations[2]).toBeLessThan(50)
  })
})

describe('the sample demos', () => {
  const { demos } = workspace.events
  const past = pastEvents(workspace, NOW)
  const upcoming = events.find((event) => event.status === 'planning')

  it('has 3 to 5 demos presented at each past night, by people who came that night', () => {
    for (const event of past) {
      const own = demos.filter((demo) => demo.eventId === event.id)
      expect(own.length).toBeGreaterThanOrEqual(3)
      expect(own.length).toBeLessThanOrEqual(5)
      const came = attendeesOf(event)
      for (const demo of own) {
        expect(demo.state).toBe('presented')
        expect(came.has(demo.personId)).toBe(true)
      }
    }
  })

  it('met each past night’s demo target before it was announced, and has a repeat speaker', () => {
    for (const event of past) {
      const announced = event.statusHistory.find((change) => change.status === 'announced')
      expect(event.demoTargetMetAt).not.toBeNull()
      expect(Date.parse(event.demoTargetMetAt ?? '')).toBeLessThan(Date.parse(announced?.at ?? ''))
    }
    const nightsPerPresenter = new Map<string, Set<string>>()
    for (const demo of demos.filter((entry) => entry.state === 'presented')) {
      const nights = nightsPerPresenter.get(demo.personId) ?? new Set<string>()
      nights.add(demo.eventId)
      nightsPerPresenter.set(demo.personId, nights)
    }
    expect([...nightsPerPresenter.values()].some((nights) => nights.size >= 2)).toBe(true)
  })

  it('leaves the coming night short of its target, so the announce gate is closed', () => {
    const own = demos.filter((demo) => demo.eventId === upcoming?.id)
    expect(own.map((demo) => demo.state)).toEqual([
      'confirmed',
      'confirmed',
      'screening',
      'proposed',
      'declined',
    ])
    expect(upcoming?.demoTargetMetAt).toBeNull()
    for (const demo of own) {
      for (const change of demo.stateHistory)
        expect(Date.parse(change.at)).toBeLessThanOrEqual(+NOW)
    }
  })
})

describe('the sample pipeline board', () => {
  const { board } = workspace.board

  it('has people in every column, each card once, each with a dated history', () => {
    for (const column of board.columns) expect(column.cardIds.length).toBeGreaterThan(0)
    const placed = board.columns.flatMap((column) => column.cardIds)
    expect(new Set(placed).size).toBe(board.cards.length)
    const known = new Set(people.map((person) => person.id))
    for (const card of board.cards) {
      expect(known.has(card.personId)).toBe(true)
      expect(card.history.at(-1)?.toColumnId).toBe(
        board.columns.find((column) => column.cardIds.includes(card.id))?.id,
      )
      for (const move of card.history) expect(Date.parse(move.at)).toBeLessThanOrEqual(+NOW)
    }
  })

  it('is part-way through a cycle: two forward moves since the last night ended', () => {
    expect(currentCycle(events, board, NOW)).toMatchObject({ forwardMoves: 2, isBelowTarget: true })
  })
})

describe('the sample journal', () => {
  const { retros, followUps, intros, checkIns } = workspace.journal
  const past = pastEvents(workspace, NOW)
  const last = past.at(-1)

  it('has every past night’s retro done but the last one, which is due on first look', () => {
    const done = new Set(retros.filter((retro) => retro.completedAt).map((retro) => retro.eventId))
    expect(past.filter((event) => !done.has(event.id)).map((event) => event.id)).toEqual([last?.id])
  })

  it('has follow-ups sent after earlier nights, none yet after the last, and intros with sparks', () => {
    expect(followUps.some((entry) => entry.eventId === last?.id)).toBe(false)
    expect(followUps.filter((entry) => entry.sentOn !== null).length).toBeGreaterThan(50)
    expect(intros.some((intro) => intro.sparkedAt !== null)).toBe(true)
    expect(checkIns).toHaveLength(past.length)
    for (const entry of [...followUps.map((f) => f.createdAt), ...intros.map((i) => i.at)]) {
      expect(Date.parse(entry)).toBeLessThanOrEqual(+NOW)
    }
  })
})
