/**
 * The changes the disk-full tests make, in-process on a small tmpfs and in a child under
 * `ulimit -f`: each writes far more than the room left. Test code only.
 */
import { WORKSPACE_FILE_NAMES, type WorkspaceFiles } from '../../shared/schema/workspace'
import { makeEvent, makeRegistration } from '../../shared/testing/factories'
import type { WorkspaceRepository } from './workspace-repository'

/**
 * `count` people, each with a note long enough that the file grows by about 1 KB a person. Each
 * note is the person's own: the same note for all would be stored once (people are stored
 * column-wise, repeated values once, from schema version 5 on).
 */
export function manyPeople(count: number, tag: string): WorkspaceFiles['people'] {
  return {
    people: Array.from({ length: count }, (_, index) => ({
      id: `${tag}-${index}`,
      name: `Person ${tag} ${index}`,
      emails: [`${tag}.${index}@example.org`],
      platformIds: [],
      notes: `Met at the ${tag} night, ${index}. `.repeat(25),
      tags: [],
      createdAt: '2026-11-01T10:00:00.000Z',
    })),
    tombstones: [],
    mergeSuggestions: [],
    merges: [],
  }
}

export const diskFullWorkload = {
  /** One file: people. */
  save(repository: WorkspaceRepository) {
    repository.write('people', manyPeople(3000, 'big'))
  },
  /** Two files in one change, as an attendee import writes them. */
  transaction(repository: WorkspaceRepository) {
    repository.transaction(() => {
      repository.write('events', {
        ...repository.read('events'),
        events: [makeEvent({ id: 'imported-night' })],
      })
      repository.write('people', manyPeople(3000, 'big'))
    })
  },
  /** The whole workspace replaced, as a restore or a workspace import does. */
  replace(repository: WorkspaceRepository) {
    const next = Object.fromEntries(
      WORKSPACE_FILE_NAMES.map((name) => [name, repository.read(name)]),
    ) as WorkspaceFiles
    next.people = manyPeople(3000, 'big')
    next.registrations = {
      ...next.registrations,
      registrations: next.people.people.map((person, index) =>
        makeRegistration({ id: `r-${index}`, personId: person.id, eventId: 'e' }),
      ),
    }
    repository.replaceAll(next, 'before-restore')
  },
  backup(repository: WorkspaceRepository) {
    repository.backup()
  },
} satisfies Record<string, (repository: WorkspaceRepository) => void>

export type DiskFullChange = keyof typeof diskFullWorkload
