import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { HistoryMoved, HistoryState } from '../../shared/ipc/channels/history'
import type { Channel, RequestOf, ResponseOf } from '../../shared/ipc/contract'
import type { WorkspaceFiles } from '../../shared/schema/workspace'
import { importedRow, sequentialIds } from '../../shared/testing/factories'
import { bootWorkspace } from '../boot-workspace'
import { NO_DESKTOP } from '../desktop-services'
import { dispatch } from '../ipc/dispatch'

let clock = Date.parse('2026-11-23T12:00:00.000Z')
const now = (): Date => new Date((clock += 60_000))

/** Main over a fresh folder with the sample chapter, as a person who chose it at first run. */
async function sampleMain() {
  const directory = mkdtempSync(join(tmpdir(), 'devrel-history-'))
  const booted = bootWorkspace({ directory, now, newId: sequentialIds('h') })
  const send = async <C extends Channel>(
    channel: C,
    request: RequestOf<C>,
  ): Promise<{ value: ResponseOf<C>; history: HistoryState; changes: Partial<WorkspaceFiles> }> => {
    const result = await dispatch(booted.handlers, channel, request, booted.history, booted.changes)
    if (!result.ok) throw new Error(result.error.message)
    return {
      value: result.value as ResponseOf<C>,
      history: result.history as HistoryState,
      changes: result.changes ?? {},
    }
  }
  const refusal = async <C extends Channel>(channel: C, request: RequestOf<C>) => {
    const result = await dispatch(booted.handlers, channel, request, booted.history)
    return result.ok ? null : result.error.message
  }
  await send('workspace:start', { startWith: 'sample' })
  const files = () => booted.repository.files()
  return { ...booted, send, refusal, files }
}

const rows = (count: number, prefix: string) =>
  Array.from({ length: count }, (_, index) =>
    importedRow(index + 2, {
      name: `${prefix} Person ${index}`,
      email: `${prefix.toLowerCase()}${index}@example.com`,
      sourceKey: `${prefix}-${index}`,
    }),
  )

const importRequest = (eventId: string, fileName: string, isEventCreated = false) => ({
  eventId,
  platform: 'luma' as const,
  fileName,
  mapping: {},
  rows: rows(3, fileName.replace(/\W/g, '')),
  rowErrors: [],
  duplicatesCollapsed: 0,
  isEventCreated,
})

describe('undo and redo in main', () => {
  it('Ctrl+Z after an import and a card move takes back the move, and the import stays', async () => {
    const main = await sampleMain()
    const eventId = main.files().events.events[0]!.id
    await main.send('attendees:import', importRequest(eventId, 'night.csv'))
    const afterImport = main.files()
    const card = afterImport.board.board.cards[0]!
    const moved = await main.send('pipeline:move-card', {
      cardId: card.id,
      toColumnId: 'quiet-killers',
      toIndex: 0,
    })
    expect(moved.history.undo?.label).toMatch(/^Move .+ to Quiet killers$/)

    const undone = await main.send('history:undo', { stepId: null })
    expect(undone.value.label).toBe(moved.history.undo?.label)
    expect(Object.keys(undone.changes)).toEqual(['board'])
    expect(main.files()).toEqual(afterImport)
    expect(undone.history.undo?.label).toMatch(/^Import 3 people into /)
    expect(undone.history.redo?.label).toBe(moved.history.undo?.label)

    await main.send('history:redo', { stepId: null })
    const column = main.files().board.board.columns.find((c) => c.id === 'quiet-killers')
    expect(column?.cardIds[0]).toBe(card.id)
  })

  it('redo of an added card brings back the same card, with the same id', async () => {
    const main = await sampleMain()
    const onBoard = new Set(main.files().board.board.cards.map((card) => card.personId))
    const person = main.files().people.people.find((candidate) => !onBoard.has(candidate.id))!
    const added = await main.send('pipeline:add-card', {
      personId: person.id,
      columnId: 'warm-intros',
      nextStep: '',
      dueDate: null,
    })
    const withCard = main.files()
    await main.send('history:undo', { stepId: null })
    expect(main.files().board.board.cards.some((card) => card.id === added.value.cardId)).toBe(
      false,
    )
    await main.send('history:redo', { stepId: null })
    expect(main.files()).toEqual(withCard)
  })

  it('undoing an import into a night made for it takes the night too, in one step', async () => {
    const main = await sampleMain()
    const before = main.files()
    const created = await main.send('events:create', {
      title: 'Night from the file',
      start: '2026-03-05T18:30',
      end: '2026-03-05T21:00',
      timeZone: 'UTC',
      venue: '',
      city: '',
      capacity: null,
      planOverrideReason: 'An old night read from its export file',
    })
    const imported = await main.send(
      'attendees:import',
      importRequest(created.value.id, 'luma.csv', true),
    )
    expect(imported.history.undo?.label).toBe('Import 3 people into Night from the file')

    const undone = await main.send('history:undo', { stepId: null })
    expect(main.files()).toEqual(before)
    expect(undone.history.undo).toBeNull()
    expect(Object.keys(undone.changes).sort()).toEqual(
      ['events', 'people', 'registrations', 'settings'].sort(),
    )
  })

  it('a change that cannot be undone closes the way back past it', async () => {
    const main = await sampleMain()
    const card = main.files().board.board.cards[0]!
    await main.send('pipeline:move-card', {
      cardId: card.id,
      toColumnId: 'warm-intros',
      toIndex: 0,
    })
    const listed = await main.send('workspace:list-backups', undefined)
    expect(listed.history.undo).not.toBeNull()

    const someone = main.files().people.people.at(-1)!
    const deleted = await main.send('attendees:delete-person', { personId: someone.id })
    expect(deleted.history).toEqual({ undo: null, redo: null })
    expect(await main.refusal('history:undo', { stepId: null })).toBe('There is nothing to undo.')
  })

  it("a toast's Undo takes back its own change or nothing", async () => {
    const main = await sampleMain()
    const [first, second] = main.files().board.board.cards
    const moved = await main.send('pipeline:move-card', {
      cardId: first!.id,
      toColumnId: 'quiet-killers',
      toIndex: 0,
    })
    const stepId = moved.history.undo!.id
    await main.send('pipeline:move-card', {
      cardId: second!.id,
      toColumnId: 'warm-intros',
      toIndex: 0,
    })
    const before = main.files()
    expect(await main.refusal('history:undo', { stepId })).toMatch(/came after that change/)
    expect(main.files()).toEqual(before)
  })

  it('a new change after an undo drops the redo', async () => {
    const main = await sampleMain()
    const [first] = main.files().board.board.cards
    await main.send('pipeline:move-card', {
      cardId: first!.id,
      toColumnId: 'quiet-killers',
      toIndex: 0,
    })
    const undone = await main.send('history:undo', { stepId: null })
    expect(undone.history.redo).not.toBeNull()
    const renamed = await main.send('pipeline:rename-column', {
      columnId: 'warm-intros',
      name: 'Warm',
    })
    expect(renamed.history).toEqual({
      undo: { id: expect.any(Number), label: 'Rename Warm intros to Warm' },
      redo: null,
    })
  })

  it('a refused change records nothing', async () => {
    const main = await sampleMain()
    expect(
      await main.refusal('pipeline:add-card', {
        personId: 'nobody',
        columnId: 'warm-intros',
        nextStep: '',
        dueDate: null,
      }),
    ).not.toBeNull()
    const { history } = await main.send('workspace:list-backups', undefined)
    expect(history).toEqual({ undo: null, redo: null })
  })

  it('a change made while an export waits on its save dialog keeps its undo', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'devrel-history-'))
    let answer: (path: string | null) => void = () => undefined
    const { handlers, history, repository } = bootWorkspace({
      directory,
      now,
      desktop: {
        ...NO_DESKTOP,
        chooseSaveFile: () => new Promise<string | null>((resolve) => (answer = resolve)),
      },
    })
    await dispatch(handlers, 'workspace:start', { startWith: 'sample' }, history)
    const exporting = dispatch(handlers, 'workspace:export-file', undefined, history)
    const card = repository.read('board').board.cards[0]!
    await dispatch(
      handlers,
      'pipeline:move-card',
      { cardId: card.id, toColumnId: 'quiet-killers', toIndex: 0 },
      history,
    )
    answer(null)
    expect((await exporting).history?.undo?.label).toMatch(/to Quiet killers$/)
  })

  it('undo reaches back at most 50 changes', async () => {
    const main = await sampleMain()
    for (let index = 0; index < 55; index++) {
      await main.send('pipeline:rename-column', { columnId: 'warm-intros', name: `Warm ${index}` })
    }
    let undone: HistoryMoved | null = null
    for (let index = 0; index < 50; index++) {
      undone = (await main.send('history:undo', { stepId: null })).value
    }
    expect(undone?.label).toBe('Rename Warm 4 to Warm 5')
    expect(await main.refusal('history:undo', { stepId: null })).toBe('There is nothing to undo.')
  })
})
