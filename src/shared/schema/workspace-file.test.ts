import { describe, expect, it } from 'vitest'
import { DEFAULT_BOARD } from '../domain/board-schemas'
import { TEXT_LIMITS } from '../domain/limits'
import type { Person, Registration, Tombstone } from '../domain/schemas'
import { emailHash, platformIdHash, registrationKeyHash } from '../identity/delete-person'
import { makeRegistration } from '../testing/factories'
import { everythingVersion4Held } from '../testing/version-4-workspace'
import { CURRENT_SCHEMA_VERSION, storedFile } from './migrations'
import { emptyWorkspaceFiles, type WorkspaceFiles } from './workspace'
import {
  buildWorkspaceFile,
  keepDeletedPeopleDeleted,
  readWorkspaceFile,
  WORKSPACE_FILE_FORMAT,
  WORKSPACE_FILE_LIMITS,
} from './workspace-file'

const AT = '2026-11-23T12:00:00.000Z'
const NOW = new Date('2026-11-24T09:00:00.000Z')

const person = (id: string, overrides: Partial<Person> = {}): Person => ({
  id,
  name: id,
  emails: [],
  platformIds: [],
  notes: '',
  tags: [],
  createdAt: AT,
  ...overrides,
})
const tombstone = (hash: string): Tombstone => ({ hash, deletedAt: AT })

/** A workspace holding `someone` (with `registrations`) and Kim, who is never deleted. */
function incomingWith(someone: Person, registrations: Registration[] = []): WorkspaceFiles {
  const files = emptyWorkspaceFiles()
  const kim = person('kim', { emails: ['kim@example.com'] })
  return {
    ...files,
    people: { ...files.people, people: [someone, kim] },
    registrations: {
      registrations: [
        ...registrations,
        makeRegistration({ id: 'r-kim', eventId: 'e1', personId: 'kim' }),
      ],
      imports: [],
    },
  }
}

describe('keeping people deleted here deleted in a workspace that comes back', () => {
  it.each([
    [
      'by e-mail, whatever its case and spaces',
      person('ana', { emails: ['ana@example.com'] }),
      [],
      emailHash('  ANA@example.com '),
      1,
    ],
    [
      'by a platform id',
      person('tom', { platformIds: [{ platform: 'meetup', id: '4711' }] }),
      [],
      platformIdHash('meetup', '4711'),
      1,
    ],
    [
      'by a ticket key, for someone with no e-mail or platform id',
      person('door'),
      [makeRegistration({ id: 'r1', eventId: 'e1', personId: 'door', sourceKey: 'T-1' })],
      registrationKeyHash('e1', 'luma', 'T-1'),
      1,
    ],
    [
      'not by a ticket key for someone whose e-mail speaks for them',
      person('new-holder', { emails: ['holder@example.com'] }),
      [makeRegistration({ id: 'r1', eventId: 'e1', personId: 'new-holder', sourceKey: 'T-1' })],
      registrationKeyHash('e1', 'luma', 'T-1'),
      0,
    ],
    [
      'not someone else',
      person('ana', { emails: ['ana@example.com'] }),
      [],
      emailHash('someone-else@example.com'),
      0,
    ],
  ])('recognises a deleted person %s', (_case, someone, registrations, hash, expected) => {
    const { files, keptDeleted } = keepDeletedPeopleDeleted(
      incomingWith(someone, registrations),
      [tombstone(hash)],
      NOW,
    )
    expect(keptDeleted).toBe(expected)
    expect(files.people.people.map(({ id }) => id)).toEqual(
      expected === 1 ? ['kim'] : [someone.id, 'kim'],
    )
    const left = files.registrations.registrations.map(({ id }) => id)
    expect(left).toEqual(
      expected === 1 ? ['r-kim'] : [...registrations.map(({ id }) => id), 'r-kim'],
    )
    expect(files.people.tombstones.map(({ hash: kept }) => kept)).toContain(hash)
  })

  it('forgets their card, follow-ups, intros and retro picks, and keeps everyone else', () => {
    const ana = person('ana', { emails: ['ana@example.com'] })
    const incoming = incomingWith(ana)
    const card = (id: string, personId: string) => ({
      id,
      personId,
      nextStep: '',
      dueDate: null,
      tags: [],
      createdAt: AT,
      history: [],
    })
    incoming.board = {
      board: {
        columns: DEFAULT_BOARD.columns.map((column, index) =>
          index === 0 ? { ...column, cardIds: ['card-ana', 'card-kim'] } : column,
        ),
        cards: [card('card-ana', 'ana'), card('card-kim', 'kim')],
      },
    }
    const followUp = (id: string, personId: string) => ({
      id,
      eventId: 'e1',
      personId,
      channel: 'email',
      sentOn: null,
      answer: '',
      outcomes: [],
      answeredAt: null,
      createdAt: AT,
    })
    incoming.journal = {
      ...incoming.journal,
      followUps: [followUp('f-ana', 'ana'), followUp('f-kim', 'kim')],
      intros: [
        {
          id: 'i1',
          personIds: ['ana', 'kim'],
          eventId: null,
          byWhom: '',
          at: AT,
          sparkedAt: null,
          sparkNote: '',
        },
      ],
      retros: [
        {
          eventId: 'e1',
          worked: '',
          broke: '',
          surprised: '',
          inviteNext: ['ana', 'kim'],
          followUpPicks: [
            { personId: 'ana', why: 'demo' },
            { personId: 'kim', why: 'talk' },
          ],
          completedAt: null,
          updatedAt: AT,
        },
      ],
    }

    const { files } = keepDeletedPeopleDeleted(
      incoming,
      [tombstone(emailHash('ana@example.com'))],
      NOW,
    )
    expect(files.board.board.cards.map(({ id }) => id)).toEqual(['card-kim'])
    expect(files.board.board.columns[0]?.cardIds).toEqual(['card-kim'])
    expect(files.journal.followUps.map(({ id }) => id)).toEqual(['f-kim'])
    expect(files.journal.intros).toEqual([])
    expect(files.journal.retros[0]?.inviteNext).toEqual(['kim'])
    expect(files.journal.retros[0]?.followUpPicks).toEqual([{ personId: 'kim', why: 'talk' }])
  })

  it('keeps both sets of tombstones, each hash once, and changes nothing already known', () => {
    const incoming = incomingWith(person('ana', { emails: ['ana@example.com'] }))
    const theirs = tombstone('deleted-there')
    incoming.people = { ...incoming.people, tombstones: [theirs] }
    const ours = [tombstone('deleted-there'), tombstone('deleted-here')]
    const { files, keptDeleted } = keepDeletedPeopleDeleted(incoming, ours, NOW)
    expect(keptDeleted).toBe(0)
    expect(files.people.tombstones.map(({ hash }) => hash)).toEqual([
      'deleted-there',
      'deleted-here',
    ])
    expect({ ...files, people: incoming.people }).toEqual(incoming)
  })
})

describe('reading a workspace file', () => {
  const text = buildWorkspaceFile(emptyWorkspaceFiles(), AT)

  it('accepts a byte order mark before the JSON', () => {
    expect(readWorkspaceFile(`\uFEFF${text}`)).toEqual(readWorkspaceFile(text))
    expect(readWorkspaceFile(`\uFEFF${text}`)).toMatchObject({ kind: 'ok' })
  })

  it.each([
    [
      'a top-level list',
      'people.people',
      (files: Record<string, Record<string, unknown>>) => {
        files['people'] = {
          ...files['people'],
          people: new Array(WORKSPACE_FILE_LIMITS.maxItemsPerList + 1).fill({}),
        }
      },
    ],
    [
      'a list inside a record',
      'registrations.imports.0.undo.previousPeople',
      (files: Record<string, Record<string, unknown>>) => {
        const undo = {
          createdPersonIds: [],
          addedRegistrationIds: [],
          replacedRegistrations: [],
          previousPeople: new Array(WORKSPACE_FILE_LIMITS.maxItemsPerList + 1).fill(0),
        }
        files['registrations'] = { registrations: [], imports: [{ undo }] }
      },
    ],
  ])('refuses %s longer than any workspace has, before validating it', (_case, path, overfill) => {
    const parsed = JSON.parse(text)
    overfill(parsed.files)
    expect(readWorkspaceFile(JSON.stringify(parsed))).toEqual({
      kind: 'invalid',
      reason: `${path} holds 1,000,001 items; a workspace file can hold at most 1,000,000 in any list`,
    })
  })

  it('refuses notes longer than the app lets a person type, naming where they are', () => {
    const files = incomingWith(person('ana', { notes: 'n'.repeat(TEXT_LIMITS.personNotes + 1) }))
    expect(readWorkspaceFile(buildWorkspaceFile(files, AT))).toEqual({
      kind: 'invalid',
      reason: 'people: people.0.notes: Too big: expected string to have <=20000 characters',
    })
    const longest = incomingWith(person('ana', { notes: 'n'.repeat(TEXT_LIMITS.personNotes) }))
    expect(readWorkspaceFile(buildWorkspaceFile(longest, AT))).toMatchObject({ kind: 'ok' })
  })

  it('refuses version 1 settings that are not settings, instead of taking the defaults', () => {
    const file = {
      format: WORKSPACE_FILE_FORMAT,
      schemaVersion: 1,
      files: { settings: { settings: 'abc' } },
    }
    expect(readWorkspaceFile(JSON.stringify(file))).toEqual({
      kind: 'invalid',
      reason: 'settings: settings: Invalid input: expected object, received string',
    })
  })
})

describe('a workspace file from version 5 on', () => {
  const files = everythingVersion4Held(NOW)

  it('holds registrations and people column-wise, as the workspace folder does, and reads back', () => {
    const text = buildWorkspaceFile(files, AT)
    const parsed = JSON.parse(text)
    expect(parsed.schemaVersion).toBe(CURRENT_SCHEMA_VERSION)
    expect(parsed.files.registrations.registrations.count).toBe(
      files.registrations.registrations.length,
    )
    expect(parsed.files.people.people.count).toBe(files.people.people.length)
    expect(parsed.files.people).toEqual(
      Object.fromEntries(
        Object.entries(storedFile('people', files.people)).filter(
          ([key]) => key !== 'schemaVersion',
        ),
      ),
    )
    expect(readWorkspaceFile(text)).toEqual({ kind: 'ok', files, migratedFrom: null })
  })

  it('an export from version 4, one object per registration, still reads', () => {
    // The files version 4 had, each one object per record.
    const version4Names = [
      'settings',
      'events',
      'people',
      'registrations',
      'board',
      'journal',
      'reviews',
    ] as const
    const version4 = JSON.stringify({
      format: WORKSPACE_FILE_FORMAT,
      schemaVersion: 4,
      exportedAt: AT,
      files: Object.fromEntries(version4Names.map((name) => [name, files[name]])),
    })
    expect(readWorkspaceFile(version4)).toEqual({ kind: 'ok', files, migratedFrom: 4 })
  })

  it('refuses a table that claims more rows than any workspace has, before decoding it', () => {
    const parsed = JSON.parse(buildWorkspaceFile(files, AT))
    parsed.files.registrations.registrations = {
      count: WORKSPACE_FILE_LIMITS.maxItemsPerList + 1,
      columns: {
        status: { values: ['going'], runs: [0, WORKSPACE_FILE_LIMITS.maxItemsPerList + 1] },
      },
    }
    expect(readWorkspaceFile(JSON.stringify(parsed))).toEqual({
      kind: 'invalid',
      reason:
        'registrations.registrations holds 1,000,001 rows; a workspace file can hold at most ' +
        '1,000,000 in any list',
    })
  })

  it('a damaged column-wise file is refused with the place', () => {
    const parsed = JSON.parse(buildWorkspaceFile(files, AT))
    parsed.files.people.people.columns.emails = { lengths: [], items: [] }
    const result = readWorkspaceFile(JSON.stringify(parsed))
    expect(result).toMatchObject({ kind: 'invalid' })
    expect(result.kind === 'invalid' && result.reason).toMatch(
      /^people: people\.columns\.emails\.lengths: expected \d+ cells, found 0$/,
    )
  })
})
