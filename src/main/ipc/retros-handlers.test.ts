import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Event } from '../../shared/domain/schemas'
import { buildSampleWorkspace, sampleEventId } from '../../shared/sample/sample-workspace'
import { WORKSPACE_FILE_NAMES } from '../../shared/schema/workspace'
import { sequentialIds } from '../../shared/testing/factories'
import { bootWorkspace } from '../boot-workspace'
import { NO_DESKTOP } from '../desktop-services'
import { dispatch } from './dispatch'
import type { Handlers } from './handler-types'

const NOW = new Date('2026-11-23T12:00:00.000Z')
let clock = NOW.getTime()
const now = (): Date => new Date((clock += 60_000))

function sampleBoot() {
  const directory = mkdtempSync(join(tmpdir(), 'devrel-journal-'))
  const booted = bootWorkspace({ directory, now, newId: sequentialIds('id'), userName: 'maria' })
  const sample = buildSampleWorkspace(NOW)
  for (const name of WORKSPACE_FILE_NAMES) booted.repository.write(name, sample[name] as never)
  return { ...booted, sample, directory }
}

async function call<T>(handlers: Handlers, channel: string, payload: unknown): Promise<T> {
  const result = await dispatch(handlers, channel, payload)
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value as T
}

const nextNight = {
  title: 'AI Demo Night #16',
  start: '2027-01-21T18:30',
  end: '2027-01-21T21:30',
  timeZone: 'Europe/Berlin',
  venue: '',
  city: 'Berlin',
  capacity: null,
}

describe('the retro and its gate', () => {
  it('blocks a new event until the last event’s retro is done, then opens', async () => {
    const { handlers, sample } = sampleBoot()
    const last = sampleEventId(14)
    const blocked = await dispatch(handlers, 'events:create', nextNight)
    expect(blocked).toMatchObject({ ok: false, error: { code: 'refused' } })
    expect(blocked.ok ? '' : blocked.error.message).toContain(
      'The retro for “AI Demo Night #14 — Agents in production” is not done',
    )

    const [a, b, c] = sample.people.people
    await call(handlers, 'retros:save', {
      eventId: last,
      worked: 'Short slots',
      broke: 'Projector',
      surprised: 'Hallway demos',
      inviteNext: [a?.id],
      followUpPicks: [a, b, c].map((person) => ({ personId: person?.id, why: '' })),
    })
    const incomplete = await dispatch(handlers, 'retros:complete', { eventId: last })
    expect(incomplete).toMatchObject({
      ok: false,
      error: { message: 'Still missing: why for each follow-up pick.' },
    })
    await call(handlers, 'retros:save', {
      eventId: last,
      worked: 'Short slots',
      broke: 'Projector',
      surprised: 'Hallway demos',
      inviteNext: [a?.id],
      followUpPicks: [a, b, c].map((person) => ({ personId: person?.id, why: 'Asked' })),
    })
    await call(handlers, 'retros:complete', { eventId: last })
    const created = await call<Event>(handlers, 'events:create', nextNight)
    expect(created.gateOverrides).toEqual([])
  })

  it('lets a new event past the gate with a written reason, kept on the new event', async () => {
    const { handlers } = sampleBoot()
    const created = await call<Event>(handlers, 'events:create', {
      ...nextNight,
      planOverrideReason: 'Sponsor needs the date before the holidays',
    })
    expect(created.gateOverrides).toEqual([
      expect.objectContaining({
        gate: 'plan-after-retro',
        reason: 'Sponsor needs the date before the holidays',
        by: 'maria',
      }),
    ])
  })

  it('refuses announcing the next event before 10 follow-ups of the last one were sent', async () => {
    const { handlers, sample, repository } = sampleBoot()
    const upcoming = sampleEventId(15)
    // Meet the demo target so only the follow-up condition is left.
    const event = repository.snapshot().events.find((entry) => entry.id === upcoming)
    await call(handlers, 'demos:set-contract', {
      eventId: upcoming,
      contract: { ...event?.demoContract, demoTarget: 2 },
    })
    const result = await dispatch(handlers, 'events:set-status', {
      id: upcoming,
      status: 'announced',
    })
    expect(result.ok ? '' : result.error.message).toBe(
      '0 of 10 follow-ups sent after “AI Demo Night #14 — Agents in production” — cannot announce yet. Send 10 more personal follow-ups for “AI Demo Night #14 — Agents in production”, or override with a reason.',
    )
    for (const person of sample.people.people.slice(0, 10)) {
      const picked = await call<{ journal: { followUps: { id: string }[] } }>(
        handlers,
        'followups:pick',
        {
          eventId: sampleEventId(14),
          personId: person.id,
        },
      )
      const id = picked.journal.followUps.at(-1)?.id
      await call(handlers, 'followups:update', {
        id,
        channel: 'e-mail',
        sentOn: '2026-11-23',
        answer: '',
        outcomes: [],
      })
    }
    const announced = await call<Event>(handlers, 'events:set-status', {
      id: upcoming,
      status: 'announced',
    })
    expect(announced.status).toBe('announced')
  })

  it('undo puts a removed follow-up back exactly as it was, and it stays over a restart', async () => {
    const { handlers, sample, directory } = sampleBoot()
    const personId = sample.people.people[3]?.id
    type Change = { journal: { followUps: { id: string; answer: string }[] } }
    const picked = await call<Change>(handlers, 'followups:pick', {
      eventId: sampleEventId(14),
      personId,
    })
    const id = picked.journal.followUps.at(-1)?.id
    const answered = await call<Change>(handlers, 'followups:update', {
      id,
      channel: 'e-mail',
      sentOn: '2026-11-23',
      answer: 'Shipped the voice agent',
      outcomes: ['shipped'],
    })
    const before = answered.journal.followUps.find((entry) => entry.id === id)
    const removed = await call<Change>(handlers, 'followups:remove', { id })
    expect(removed.journal.followUps.some((entry) => entry.id === id)).toBe(false)

    await call(handlers, 'history:undo', { stepId: null })
    await call(handlers, 'history:redo', { stepId: null })
    await call(handlers, 'history:undo', { stepId: null })
    const reopened = bootWorkspace({ directory, now, newId: sequentialIds('re') })
    const restored = reopened.repository
      .read('journal')
      .followUps.filter((entry) => entry.id === id)
    expect(restored).toEqual([before])
  })

  it('follow-ups and retro picks made before a merge count for the merged person', async () => {
    const { handlers, repository } = sampleBoot()
    const suggestion = repository.read('people').mergeSuggestions[0]
    const [survivor, absorbed] = suggestion?.personIds ?? ['', '']
    const eventId = sampleEventId(14)
    type Change = { journal: { followUps: { id: string; personId: string }[] } }
    const picked = await call<Change>(handlers, 'followups:pick', { eventId, personId: absorbed })
    const id = picked.journal.followUps.at(-1)?.id
    await call(handlers, 'attendees:merge', { survivorId: survivor, absorbedId: absorbed })

    // The merged person is already on the list, through the follow-up made for the absorbed id.
    const again = await dispatch(handlers, 'followups:pick', { eventId, personId: survivor })
    expect(again.ok ? '' : again.error.message).toBe(
      'This person is already on the follow-up list.',
    )
    // Removing it and undoing works although the stored id is no longer a person of its own.
    await call(handlers, 'followups:remove', { id })
    await call(handlers, 'history:undo', { stepId: null })
    expect(repository.read('journal').followUps.filter((entry) => entry.id === id)).toHaveLength(1)

    // A retro saved with the absorbed id keeps the pick, as the merged person.
    await call(handlers, 'retros:save', {
      eventId,
      worked: '',
      broke: '',
      surprised: '',
      inviteNext: [absorbed, survivor],
      followUpPicks: [{ personId: absorbed, why: 'Asked about the API' }],
    })
    const retro = repository.read('journal').retros.find((entry) => entry.eventId === eventId)
    expect(retro?.inviteNext).toEqual([survivor])
    expect(retro?.followUpPicks).toEqual([{ personId: survivor, why: 'Asked about the API' }])
  })

  it('keeps one check-in per event and logs a spark on an intro', async () => {
    const { handlers, sample, repository } = sampleBoot()
    const [a, b] = sample.people.people
    await call(handlers, 'checkins:save', {
      eventId: sampleEventId(14),
      energy: 2,
      hours: 14,
      word: 'tired',
    })
    await call(handlers, 'checkins:save', {
      eventId: sampleEventId(14),
      energy: 3,
      hours: 12,
      word: 'ok',
    })
    const intro = await call<{ journal: { intros: { id: string }[] } }>(handlers, 'intros:add', {
      personIds: [a?.id, b?.id],
      eventId: sampleEventId(14),
      byWhom: 'maria',
    })
    await call(handlers, 'intros:spark', {
      id: intro.journal.intros[0]?.id,
      note: 'Building a demo together',
    })
    const journal = repository.snapshot()
    expect(journal.checkIns.filter((entry) => entry.eventId === sampleEventId(14))).toEqual([
      expect.objectContaining({ energy: 3, hours: 12, word: 'ok' }),
    ])
    expect(journal.intros[0]).toMatchObject({ sparkNote: 'Building a demo together' })
    expect(journal.intros[0]?.sparkedAt).not.toBeNull()
  })
})

describe('retro exports', () => {
  it('writes every retro into the chosen folder, one Markdown file per event, and respects cancel', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'devrel-journal-'))
    const folder = mkdtempSync(join(tmpdir(), 'devrel-exports-'))
    let answer: string | null = null
    const booted = bootWorkspace({
      directory,
      now,
      newId: sequentialIds('id'),
      desktop: { ...NO_DESKTOP, chooseFolder: async () => answer },
    })
    const sample = buildSampleWorkspace(NOW)
    for (const name of WORKSPACE_FILE_NAMES) booted.repository.write(name, sample[name] as never)
    await call(booted.handlers, 'retros:save', {
      eventId: sampleEventId(14),
      worked: 'Short slots',
      broke: '',
      surprised: '',
      inviteNext: [],
      followUpPicks: [],
    })

    expect(await call(booted.handlers, 'retros:export-all', undefined)).toEqual({
      status: 'cancelled',
    })
    expect(readdirSync(folder)).toEqual([])

    answer = folder
    const saved = await call(booted.handlers, 'retros:export-all', undefined)
    // The sample's eleven earlier retros, and the one just written for #14.
    expect(saved).toEqual({ status: 'saved', path: folder, files: 12 })
    const file = readdirSync(folder).find((name) => name.includes('ai-demo-night-14'))
    expect(file).toMatch(/^\d{4}-\d{2}-\d{2}-ai-demo-night-14-agents-in-production-retro\.md$/)
    expect(readFileSync(join(folder, file ?? ''), 'utf8')).toContain('Short slots')
  })

  it('gives two nights with the same date and title two files, instead of one replacing the other', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'devrel-journal-'))
    const folder = mkdtempSync(join(tmpdir(), 'devrel-exports-'))
    const booted = bootWorkspace({
      directory,
      now,
      newId: sequentialIds('id'),
      desktop: { ...NO_DESKTOP, chooseFolder: async () => folder },
    })
    const night = { ...nextNight, start: '2026-10-01T18:30', end: '2026-10-01T21:30' }
    for (const worked of ['Main room was full', 'Side room had the demos']) {
      const event = await call<Event>(booted.handlers, 'events:create', night)
      await call(booted.handlers, 'retros:save', {
        eventId: event.id,
        worked,
        broke: '',
        surprised: '',
        inviteNext: [],
        followUpPicks: [],
      })
    }
    expect(await call(booted.handlers, 'retros:export-all', undefined)).toMatchObject({ files: 2 })
    const files = readdirSync(folder).sort()
    expect(files).toEqual([
      '2026-10-01-ai-demo-night-16-retro-2.md',
      '2026-10-01-ai-demo-night-16-retro.md',
    ])
    const texts = files.map((name) => readFileSync(join(folder, name), 'utf8'))
    expect(texts.some((text) => text.includes('Main room was full'))).toBe(true)
    expect(texts.some((text) => text.includes('Side room had the demos'))).toBe(true)
  })
})
