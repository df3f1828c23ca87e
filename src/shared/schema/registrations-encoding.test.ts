import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { registrationSchema } from '../domain/schemas'
import { makeRegistration } from '../testing/factories'
import { everythingVersion4Held } from '../testing/version-4-workspace'
import { REGISTRATION_TABLE, REGISTRATIONS_FILE_FORM } from './registrations-encoding'
import type { WorkspaceFiles } from './workspace'

const NOW = new Date('2026-11-23T12:14:00.000Z')
const throughJson = (value: unknown): Record<string, unknown> =>
  JSON.parse(JSON.stringify(value)) as Record<string, unknown>

describe('registrations.json from version 5 on', () => {
  const files = everythingVersion4Held(NOW)
  const stored = throughJson(REGISTRATIONS_FILE_FORM.encode(files.registrations))

  it('holds a column for every field of a registration, in its order', () => {
    expect(Object.keys(REGISTRATION_TABLE)).toEqual(Object.keys(registrationSchema.shape))
  })

  it('reads back the registrations and the imports with their undo data exactly', () => {
    expect(REGISTRATIONS_FILE_FORM.decode(stored)).toEqual({ ok: true, data: files.registrations })
  })

  it("stores an import's added registrations and created people as runs of rows", () => {
    const imported = (stored['imports'] as { undo: Record<string, unknown> | null }[]).at(-1)
    const first = files.registrations.registrations.length - 30
    expect(imported?.undo?.['addedRegistrationIds']).toEqual([
      [first, 10],
      'a-registration-since-deleted',
      [first + 10, 20],
    ])
    expect(imported?.undo?.['createdPersonIds']).toEqual([[first, 30], 'a-person-since-deleted'])
  })

  it('takes a fraction of the JSON of one object per registration', () => {
    const rows = Array.from({ length: 2000 }, (_, index) =>
      makeRegistration({
        id: globalThis.crypto.randomUUID(),
        eventId: 'f0c1b8a2-3d4e-4f5a-8b6c-7d8e9f0a1b2c',
        personId: globalThis.crypto.randomUUID(),
        platform: 'eventbrite',
        sourceKey: `1000000${index}-155000${index}`,
        status: index % 4 === 3 ? 'cancelled' : 'going',
        attendance: index % 2 === 0 ? 'checked-in' : 'unknown',
        ticketType: 'General Admission',
        registeredAt: `11/${String((index % 28) + 1).padStart(2, '0')}/24 22:28`,
        answers: { 'Order #': `1000000${index}`, Currency: 'USD', 'Job Title': 'Developer' },
      }),
    )
    const data: WorkspaceFiles['registrations'] = { registrations: rows, imports: [] }
    const compact = JSON.stringify(REGISTRATIONS_FILE_FORM.encode(data)).length
    expect(compact).toBeLessThan(JSON.stringify(data).length / 4)
    expect(
      REGISTRATIONS_FILE_FORM.decode(throughJson(REGISTRATIONS_FILE_FORM.encode(data))),
    ).toEqual({ ok: true, data })
  })

  it.each<[string, (stored: Record<string, unknown>) => unknown, RegExp]>([
    [
      'registrations as a list of objects',
      () => files.registrations,
      /^registrations: expected a column-wise table/,
    ],
    [
      'imports that are not a list',
      (file) => ({ ...file, imports: {} }),
      /^imports: expected a list/,
    ],
    [
      'an import that is not an object',
      (file) => ({ ...file, imports: [5] }),
      /^imports\.0: expected an object/,
    ],
    [
      'undo data without its added registrations',
      (file) => ({
        ...file,
        imports: (file['imports'] as Record<string, unknown>[]).map((record) => ({
          ...record,
          undo:
            record['undo'] === null
              ? null
              : { ...(record['undo'] as object), addedRegistrationIds: undefined },
        })),
      }),
      /^imports\.1\.undo\.addedRegistrationIds: expected a list/,
    ],
  ])('%s: damaged, with the place', (_case, damage, reason) => {
    const result = REGISTRATIONS_FILE_FORM.decode(throughJson(damage(stored)))
    expect(result).toMatchObject({ ok: false })
    expect(!result.ok && result.reason).toMatch(reason)
  })

  it('whatever an import holds, is read or refused, never thrown', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (record, undo) => {
        const imports = [record, { ...(stored['imports'] as object[])[1], undo }]
        expect(() => REGISTRATIONS_FILE_FORM.decode({ ...stored, imports })).not.toThrow()
      }),
    )
  })
})
