/**
 * The undo property of issue 16: over random sequences of real handler calls (the sample chapter
 * in a temp folder) interleaved with undos and redos, undoing k steps gives back the workspace of
 * k steps earlier and redo returns to it, on disk as in memory. It also checks that handlers
 * replace files whole: the history holds the old file objects by reference, so a handler that
 * changed one in place would make an undo differ from the JSON copy kept here.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DEMO_STATES } from '../../shared/domain/demo-schemas'
import { EVENT_STATUSES } from '../../shared/domain/schemas'
import type { HistoryState } from '../../shared/ipc/channels/history'
import type { Channel, RequestOf } from '../../shared/ipc/contract'
import { WORKSPACE_FILE_NAMES, type WorkspaceFiles } from '../../shared/schema/workspace'
import { importedRow, sequentialIds } from '../../shared/testing/factories'
import { bootWorkspace } from '../boot-workspace'
import { dispatch } from '../ipc/dispatch'
import { openWorkspace } from '../persistence/workspace-repository'

const ACTIONS = [
  'move-card',
  'add-card',
  'remove-card',
  'rename-column',
  'shift-column',
  'set-status',
  'delete-event',
  'move-demo',
  'reorder-demos',
  'merge',
  'dismiss-suggestion',
  'set-notes',
  'import',
  'pick-follow-up',
  'log-friction',
  'update-settings',
  'undo',
  'redo',
] as const

type Step = { action: (typeof ACTIONS)[number]; a: number; b: number; c: number }

const stepArbitrary: fc.Arbitrary<Step> = fc.record({
  // Undo and redo weigh as much as all changes together, so deep undo chains do happen.
  action: fc.oneof(
    {
      weight: 3,
      arbitrary: fc.constantFrom(...ACTIONS.filter((a) => a !== 'undo' && a !== 'redo')),
    },
    { weight: 2, arbitrary: fc.constant('undo' as const) },
    { weight: 1, arbitrary: fc.constant('redo' as const) },
  ),
  a: fc.nat(1000),
  b: fc.nat(1000),
  c: fc.nat(1000),
})

const pick = <T>(items: readonly T[], index: number): T | undefined =>
  items.length === 0 ? undefined : items[index % items.length]

/** The request a step makes against the workspace as it is; null when it has nothing to act on. */
function requestFor(step: Step, files: WorkspaceFiles): [Channel, unknown] | null {
  const { a, b, c } = step
  const { board } = files.board
  const columns = board.columns.filter((column) => !column.isArchived)
  const card = pick(board.cards, a)
  const event = pick(files.events.events, a)
  const openSuggestion = pick(
    files.people.mergeSuggestions.filter((suggestion) => suggestion.status === 'open'),
    a,
  )
  switch (step.action) {
    case 'move-card':
      return card
        ? [
            'pipeline:move-card',
            { cardId: card.id, toColumnId: pick(columns, b)!.id, toIndex: c % 4 },
          ]
        : null
    case 'add-card': {
      const onBoard = new Set(board.cards.map((candidate) => candidate.personId))
      const person = pick(
        files.people.people.filter((candidate) => !onBoard.has(candidate.id)),
        a,
      )
      return person
        ? [
            'pipeline:add-card',
            {
              personId: person.id,
              columnId: pick(columns, b)!.id,
              nextStep: `Step ${c}`,
              dueDate: null,
            },
          ]
        : null
    }
    case 'remove-card':
      return card ? ['pipeline:remove-card', { cardId: card.id }] : null
    case 'rename-column':
      return ['pipeline:rename-column', { columnId: pick(columns, a)!.id, name: `Column ${b}` }]
    case 'shift-column':
      return [
        'pipeline:shift-column',
        { columnId: pick(columns, a)!.id, direction: b % 2 ? 1 : -1 },
      ]
    case 'set-status':
      return event ? ['events:set-status', { id: event.id, status: pick(EVENT_STATUSES, b) }] : null
    case 'delete-event':
      return event ? ['events:delete', { id: event.id }] : null
    case 'move-demo': {
      const demo = pick(files.events.demos, a)
      return demo ? ['demos:move', { demoId: demo.id, to: pick(DEMO_STATES, b) }] : null
    }
    case 'reorder-demos': {
      if (!event) return null
      const order = files.events.demos
        .filter((demo) => demo.eventId === event.id && demo.runOrder !== null)
        .sort((x, y) => (x.runOrder ?? 0) - (y.runOrder ?? 0))
        .map((demo) => demo.id)
      if (order.length < 2) return null
      const shift = b % order.length
      return [
        'demos:reorder',
        { eventId: event.id, orderedIds: [...order.slice(shift), ...order.slice(0, shift)] },
      ]
    }
    case 'merge':
      return openSuggestion
        ? [
            'attendees:merge',
            { survivorId: openSuggestion.personIds[0], absorbedId: openSuggestion.personIds[1] },
          ]
        : null
    case 'dismiss-suggestion':
      return openSuggestion
        ? ['attendees:dismiss-suggestion', { suggestionId: openSuggestion.id }]
        : null
    case 'set-notes': {
      const person = pick(files.people.people, a)
      return person ? ['attendees:set-notes', { personId: person.id, notes: `Note ${b}` }] : null
    }
    case 'import':
      return event
        ? [
            'attendees:import',
            {
              eventId: event.id,
              platform: 'luma',
              fileName: `list-${b}.csv`,
              mapping: { name: 'Name' },
              rows: [0, 1].map((index) =>
                importedRow(index + 2, {
                  name: `Imported ${b} ${index}`,
                  email: `imported${b}-${index}@example.com`,
                  sourceKey: `k${b}-${index}`,
                }),
              ),
              rowErrors: [],
              duplicatesCollapsed: 0,
            },
          ]
        : null
    case 'pick-follow-up': {
      const person = pick(files.people.people, b)
      return event && person ? ['followups:pick', { eventId: event.id, personId: person.id }] : null
    }
    case 'log-friction':
      return ['feedback:log-friction', { text: `Friction ${a}`, source: 'manual', sourceId: null }]
    case 'update-settings': {
      const {
        columnMappings: _mappings,
        startedWith: _started,
        ...editable
      } = files.settings.settings
      return ['workspace:update-settings', { ...editable, followUpMinimum: 1 + (a % 20) }]
    }
    default:
      return null
  }
}

let clock = Date.parse('2026-11-23T12:00:00.000Z')
const now = (): Date => new Date((clock += 60_000))

describe('undo in main, over random changes', () => {
  it('after undoing k steps the workspace is the one of k steps earlier, and redo returns to it', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(stepArbitrary, { minLength: 10, maxLength: 40, size: 'max' }),
        async (steps) => {
          const directory = mkdtempSync(join(tmpdir(), 'devrel-undo-property-'))
          const main = bootWorkspace({ directory, now, newId: sequentialIds('p') })
          const send = (channel: Channel, request: unknown) =>
            dispatch(main.handlers, channel, request as RequestOf<Channel>, main.history)
          await send('workspace:start', { startWith: 'sample' })
          const read = (): string => JSON.stringify(main.repository.files())
          // timeline[position] is the workspace now; the steps before it are what undo returns to.
          let timeline = [read()]
          let position = 0
          let top: HistoryState['undo'] = null

          for (const step of steps) {
            if (step.action === 'undo' || step.action === 'redo') {
              const result = await send(`history:${step.action}`, { stepId: null })
              const target = step.action === 'undo' ? position - 1 : position + 1
              if (target < 0 || target >= timeline.length) {
                expect(result.ok).toBe(false)
                expect(read()).toBe(timeline[position])
              } else {
                expect(result.ok).toBe(true)
                position = target
                expect(read()).toBe(timeline[position])
              }
              top = result.history?.undo ?? null
              continue
            }
            const request = requestFor(step, main.repository.files())
            if (request === null) continue
            const result = await send(...request)
            const recorded = result.history?.undo ?? null
            if (recorded !== null && recorded.id !== top?.id) {
              // A new step: what was undone before it can no longer be redone.
              timeline = [...timeline.slice(0, position + 1), read()]
              position += 1
              expect(result.history?.redo).toBeNull()
            } else {
              expect(read()).toBe(timeline[position])
            }
            top = recorded
          }
          // What undo and redo wrote is on disk, not only in memory.
          const reopened = openWorkspace({ directory, now }).repository.files()
          const inMemory = JSON.parse(read()) as WorkspaceFiles
          for (const name of WORKSPACE_FILE_NAMES) {
            expect({ name, file: reopened[name] }).toEqual({ name, file: inMemory[name] })
          }
        },
      ),
      { numRuns: 20 },
    )
  }, 240_000)
})
