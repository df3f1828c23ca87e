/**
 * The edits the crash test's child makes, and how to read back which of them a file holds. Every
 * edit carries its sequence number N, so after a kill the test can tell exactly which write is on
 * disk. The files keep growing to a few hundred records (and 1,000 people), so that a write takes
 * long enough for kills to land inside it. Test code only.
 */
import {
  WORKSPACE_FILE_NAMES,
  type WorkspaceFileName,
  type WorkspaceFiles,
} from '../../shared/schema/workspace'
import { makeEvent } from '../../shared/testing/factories'
import type { WorkspaceRepository } from './workspace-repository'

export const CRASH_FILES = [
  'events',
  'board',
  'journal',
  'people',
] as const satisfies readonly WorkspaceFileName[]
export type CrashFile = (typeof CRASH_FILES)[number]

const KEEP = 300
const PEOPLE = 1000
const AT = '2026-11-23T12:00:00.000Z'

/** Which file write number `n` edits: each in turn. */
export function fileOfWrite(n: number): CrashFile {
  return CRASH_FILES[n % CRASH_FILES.length] as CrashFile
}

/** Makes write number `n`: an event, a pipeline card, a follow-up or a person's note. */
export function applyWrite(repository: WorkspaceRepository, n: number): void {
  const file = fileOfWrite(n)
  repository.write(file, edited(file, repository.read(file), n) as never)
}

/** Replaces the whole workspace (as a restore does) with every crash file carrying write `n`. */
export function applyReplace(repository: WorkspaceRepository, n: number): void {
  const next = Object.fromEntries(
    WORKSPACE_FILE_NAMES.map((name) => [name, repository.read(name)]),
  ) as WorkspaceFiles
  for (const file of CRASH_FILES) setFile(next, file, edited(file, next[file], n))
  repository.replaceAll(next, 'before-restore')
}

function setFile<N extends CrashFile>(files: WorkspaceFiles, name: N, data: WorkspaceFiles[N]) {
  files[name] = data
}

/** `current` with write `n` added. */
function edited<N extends CrashFile>(
  file: N,
  current: WorkspaceFiles[N],
  n: number,
): WorkspaceFiles[N] {
  if (file === 'events') {
    const { events, demos } = current as WorkspaceFiles['events']
    const event = makeEvent({ id: `write-${n}`, title: `Write ${n}` })
    return { demos, events: [...events, event].slice(-KEEP) } as WorkspaceFiles[N]
  }
  if (file === 'board') {
    const { board } = current as WorkspaceFiles['board']
    const card = {
      id: `card-${n}`,
      personId: `person-${n % PEOPLE}`,
      nextStep: `write-${n}`,
      dueDate: null,
      tags: ['crash-test'],
      createdAt: AT,
      history: [{ fromColumnId: null, toColumnId: 'first-timers', at: AT, isForward: true }],
    }
    const cards = [...board.cards, card].slice(-KEEP)
    const kept = new Set(cards.map((entry) => entry.id))
    const columns = board.columns.map((column) => ({
      ...column,
      cardIds: [...column.cardIds, ...(column.id === 'first-timers' ? [card.id] : [])].filter(
        (id) => kept.has(id),
      ),
    }))
    return { board: { columns, cards } } as WorkspaceFiles[N]
  }
  if (file === 'journal') {
    const journal = current as WorkspaceFiles['journal']
    const followUp = {
      id: `follow-up-${n}`,
      eventId: `write-${n - 1}`,
      personId: `person-${n % PEOPLE}`,
      channel: 'email',
      sentOn: '2026-11-24',
      answer: `write-${n}`,
      outcomes: ['built-something' as const],
      answeredAt: AT,
      createdAt: AT,
    }
    return {
      ...journal,
      followUps: [...journal.followUps, followUp].slice(-KEEP),
    } as WorkspaceFiles[N]
  }
  const people = current as WorkspaceFiles['people']
  const everyone =
    people.people.length > 0
      ? people.people
      : Array.from({ length: PEOPLE }, (_, index) => ({
          id: `person-${index}`,
          name: `Person ${index}`,
          emails: [`person-${index}@example.com`],
          platformIds: [{ platform: 'luma' as const, id: `guest-${index}` }],
          notes: '',
          tags: [],
          createdAt: AT,
        }))
  const [first, ...rest] = everyone
  if (first === undefined) throw new Error('the crash workload needs people')
  return { ...people, people: [{ ...first, notes: `write-${n}` }, ...rest] } as WorkspaceFiles[N]
}

/** The sequence number of the last write a file holds; 0 when it holds none yet. */
export function writtenSequence<N extends CrashFile>(file: N, data: WorkspaceFiles[N]): number {
  const marker = (() => {
    if (file === 'events') return (data as WorkspaceFiles['events']).events.at(-1)?.id
    if (file === 'board') return (data as WorkspaceFiles['board']).board.cards.at(-1)?.nextStep
    if (file === 'journal') return (data as WorkspaceFiles['journal']).followUps.at(-1)?.answer
    return (data as WorkspaceFiles['people']).people[0]?.notes
  })()
  const match = /^write-(\d+)$/.exec(marker ?? '')
  return match ? Number(match[1]) : 0
}
