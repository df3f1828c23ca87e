import { describe, expect, it } from 'vitest'
import type { Person, Registration } from '../domain/schemas'
import type { ImportedRow } from '../import/types'
import {
  importedRow as row,
  makeEvent,
  makeRegistration,
  sequentialIds as counter,
} from '../testing/factories'
import { applyImport, type ApplyImportInput } from './apply-import'
import { emailHash } from './delete-person'
import { IdentityIndex, wantedKeys } from './identity-index'
import {
  IdentityImport,
  resolveIdentity,
  rowKeys,
  type IdentityRequest,
  type IdentityResolution,
} from './resolve-identity'

const NOW = new Date('2026-03-01T10:00:00.000Z')
const CREATED = '2026-01-01T00:00:00.000Z'

function person(id: string, name: string, emails: string[] = [], meetupId = ''): Person {
  return {
    id,
    name,
    emails,
    platformIds: meetupId === '' ? [] : [{ platform: 'meetup', id: meetupId }],
    notes: '',
    tags: [],
    createdAt: CREATED,
  }
}

function registration(id: string, personId: string, fields: Partial<Registration>): Registration {
  return makeRegistration({ id, eventId: 'e1', personId, sourceKey: '', ...fields })
}

// Every way a row can resolve: by e-mail (also an extra one), by platform id, by its old keyed and
// keyless registrations, by name on the night's other list, skipped as deleted, created with and
// without suggestions, and a later row joining a person an earlier row created or taught.
const WORKSPACE: ApplyImportInput = {
  people: [
    person('p-ana', 'Ana Silva', ['ana@example.com', 'ana.silva@work.example']),
    person('p-tom', 'Tom Baker', ['tom@example.com']),
    person('p-lee', 'Lee W.', [], 'user 1'),
    person('p-j1', 'John Smith'),
    person('p-j2', 'John Smith'),
    person('p-door', 'Door Guest'),
    person('p-bo', 'Bo C.', [], 'user 5'),
  ],
  tombstones: [{ hash: emailHash('gone@example.com'), deletedAt: CREATED }],
  mergeSuggestions: [],
  registrations: [
    registration('r-tom', 'p-tom', { platform: 'luma', attendance: 'checked-in' }),
    registration('r-j1', 'p-j1', { platform: 'meetup' }),
    registration('r-j2', 'p-j2', { platform: 'meetup' }),
    registration('r-door', 'p-door', { platform: 'meetup', sourceKey: 'ORD-9' }),
    registration('r-bo', 'p-bo', { eventId: 'e0', platform: 'meetup' }),
  ],
  imports: [],
  events: [makeEvent({ id: 'e1', title: 'Demo Night #12' })],
}

const MEETUP_ROWS: ImportedRow[] = [
  row(2, { name: 'Ana Silva', email: 'ANA.SILVA@work.example' }),
  row(3, { name: 'Lee Wong', platformPersonId: 'user 1', email: 'lee@example.com' }),
  row(4, { name: 'Tom B.', platformPersonId: 'user 9' }),
  row(5, { name: 'John Smith' }),
  row(6, { name: 'John Smith' }),
  row(7, { name: 'John Smith' }),
  row(8, { name: 'Door Guest', sourceKey: 'ORD-9' }),
  row(9, { name: 'Gone Person', email: 'gone@example.com' }),
  row(10, { name: 'Bo Chen', email: 'bo@example.com', platformPersonId: 'user 55' }),
  row(11, { name: 'Bo Chen', email: 'bo@example.com', platformPersonId: 'user 56' }),
  row(12, { name: 'Ana Silva', email: 'ana+meetups@example.com' }),
  row(13, { name: 'Lee W.', email: 'LEE@example.com' }),
  row(14, { name: '', platformPersonId: 'user 77' }),
]

const LUMA_ROWS: ImportedRow[] = [
  row(2, { name: 'Bo Chen', email: 'bo@example.com', sourceKey: 'gst-1' }),
  row(3, { name: 'Lee Wong', email: 'lee@example.com', sourceKey: 'gst-2' }),
  row(4, { name: 'John Smith', email: 'john@example.com', sourceKey: 'gst-3' }),
  row(5, { name: 'Tom Baker', email: 'tom@example.com', sourceKey: 'gst-4' }),
  row(6, { name: 'Ana Silva', sourceKey: 'gst-5' }),
]

function identityRequest(platform: 'meetup' | 'luma', rows: ImportedRow[]): IdentityRequest {
  return { eventId: 'e1', eventTitle: 'Demo Night #12', platform, rows }
}

/** One row at a time, each through a decision and its application, against `index`. */
function rowByRow(
  index: IdentityIndex,
  state: ApplyImportInput,
  request: IdentityRequest,
  newId: () => string,
): IdentityResolution {
  const keys = request.rows.map((each) => rowKeys(each))
  const identityImport = new IdentityImport(index, state, request, keys, { now: NOW, newId })
  for (const [position, each] of request.rows.entries()) {
    const rowKeys = keys[position] ?? expect.unreachable()
    identityImport.apply(each, rowKeys, identityImport.decide(each, rowKeys))
  }
  return identityImport.result()
}

describe('IdentityIndex with IdentityImport', () => {
  it('resolving row by row against the index gives what resolveIdentity gives', () => {
    const request = identityRequest('meetup', MEETUP_ROWS)
    const whole = resolveIdentity(WORKSPACE, request, { now: NOW, newId: counter('id') })
    const index = new IdentityIndex(WORKSPACE.people)
    const byRow = rowByRow(index, WORKSPACE, request, counter('id'))

    expect(byRow).toEqual(whole)
    // The fixture reaches every kind of resolution.
    const kinds = new Set(
      whole.resolutions.map((each) => (each.kind === 'matched' ? each.matchedBy : each.kind)),
    )
    expect([...kinds].sort()).toEqual([
      'created',
      'email',
      'night-name',
      'platform-id',
      'same-registration',
      'skipped',
    ])
    expect(whole.suggestions.length).toBeGreaterThan(0)
    expect(whole.changedPeople.length).toBeGreaterThan(0)
  })

  it('an index taught by one import resolves the next one as a fresh index would', () => {
    const index = new IdentityIndex(WORKSPACE.people)
    const newId = counter('a')
    // `applyImport` takes the first id for the import record.
    newId()
    const first = rowByRow(index, WORKSPACE, identityRequest('meetup', MEETUP_ROWS), newId)
    const applied = applyImport(
      WORKSPACE,
      {
        eventId: 'e1',
        platform: 'meetup',
        fileName: 'meetup.csv',
        rows: MEETUP_ROWS,
        rowErrors: [],
        duplicatesCollapsed: 0,
      },
      { now: NOW, newId: counter('a') },
    )
    expect(applied.report.suggestions).toEqual(first.suggestions)
    // The index knows every person of the workspace after the import, in their latest version.
    for (const each of applied.people) expect(index.person(each.id)).toEqual(each)

    const after: ApplyImportInput = { ...WORKSPACE, ...applied }
    const request = identityRequest('luma', LUMA_ROWS)
    const fresh = resolveIdentity(after, request, { now: NOW, newId: counter('b') })
    const taught = rowByRow(index, after, request, counter('b'))
    expect(taught).toEqual(fresh)
    expect(fresh.resolutions.some((each) => each.kind === 'matched')).toBe(true)
  })

  it('an index of only the names a file has resolves that file like a full one', () => {
    const request = identityRequest('meetup', MEETUP_ROWS)
    const wanted = wantedKeys(MEETUP_ROWS.map((each) => rowKeys(each)))
    const filtered = new IdentityIndex(WORKSPACE.people, wanted)
    const full = new IdentityIndex(WORKSPACE.people)
    expect(rowByRow(filtered, WORKSPACE, request, counter('id'))).toEqual(
      rowByRow(full, WORKSPACE, request, counter('id')),
    )
  })
})
