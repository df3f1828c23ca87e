/** The journal after an event: each handler runs a rule from src/shared/retros, writes journal.json. */
import type { JournalChange, RetrosResponses } from '../../shared/ipc/channels/retros'
import type { Event } from '../../shared/domain/schemas'
import {
  addIntro,
  completeRetro,
  markSpark,
  pickFollowUp,
  removeFollowUp,
  restoreFollowUp,
  saveCheckIn,
  saveRetro,
  updateFollowUp,
  type JournalResult,
} from '../../shared/retros/journal-rules'
import { join } from 'node:path'
import { uniqueFileNames } from '../../shared/export/unique-names'
import { retroFileName } from '../../shared/export/file-names'
import { retroSummaryMarkdown } from '../../shared/retros/retro-summary'
import { writeFileAtomic } from '../persistence/atomic-file'
import type { Handlers, HandlerDeps } from './handler-types'
import { NotFoundError, RefusedError } from './errors'

export function retrosHandlers(deps: HandlerDeps): Pick<Handlers, keyof RetrosResponses> {
  const { repository } = deps
  const journal = () => repository.read('journal')
  const save = (result: JournalResult): JournalChange => {
    if (!result.ok) throw new RefusedError(result.reason)
    repository.write('journal', result.journal)
    return { journal: result.journal, outcome: result.outcome }
  }
  const eventOf = (eventId: string): Event => {
    const event = repository.read('events').events.find((candidate) => candidate.id === eventId)
    if (event === undefined) throw new NotFoundError('That event no longer exists.')
    return event
  }
  const requirePeople = (ids: readonly string[]): void => {
    const known = new Set(repository.read('people').people.map((person) => person.id))
    if (ids.some((id) => !known.has(id)))
      throw new NotFoundError('Someone picked is no longer in the workspace.')
  }
  return {
    'retros:save': ({ eventId, ...draft }) => {
      // People merged away or deleted since they were picked drop out, rather than the whole
      // retro (and the text being typed) being refused.
      const known = new Set(repository.read('people').people.map((person) => person.id))
      const kept = {
        ...draft,
        inviteNext: draft.inviteNext.filter((id) => known.has(id)),
        followUpPicks: draft.followUpPicks.filter((pick) => known.has(pick.personId)),
      }
      return save(saveRetro(journal(), eventOf(eventId), kept, deps.now()))
    },
    'retros:complete': ({ eventId }) =>
      save(completeRetro(journal(), eventOf(eventId), deps.now())),
    'followups:pick': ({ eventId, personId }) => {
      eventOf(eventId)
      requirePeople([personId])
      return save(pickFollowUp(journal(), eventId, personId, { id: deps.newId(), now: deps.now() }))
    },
    'followups:update': ({ id, ...fields }) =>
      save(updateFollowUp(journal(), id, fields, deps.now())),
    'followups:remove': ({ id }) => save(removeFollowUp(journal(), id)),
    'followups:restore': (followUp) => {
      eventOf(followUp.eventId)
      requirePeople([followUp.personId])
      return save(restoreFollowUp(journal(), followUp))
    },
    'intros:add': (intro) => {
      requirePeople(intro.personIds)
      return save(addIntro(journal(), intro, { id: deps.newId(), now: deps.now() }))
    },
    'intros:spark': ({ id, note }) => save(markSpark(journal(), id, note, deps.now())),
    'retros:export-all': async () => {
      const folder = await deps.desktop.chooseFolder('Export all retros into…')
      if (folder === null) return { status: 'cancelled' }
      const snapshot = repository.snapshot()
      const exported = snapshot.retros.flatMap((retro) => {
        const event = snapshot.events.find((candidate) => candidate.id === retro.eventId)
        if (event === undefined) return []
        const markdown = retroSummaryMarkdown({
          event,
          events: snapshot.events,
          registrations: snapshot.registrations,
          people: snapshot.people,
          demos: snapshot.demos,
          journal: snapshot,
          now: deps.now(),
        })
        return [{ name: retroFileName(event), markdown }]
      })
      const names = uniqueFileNames(exported.map((file) => file.name))
      exported.forEach((file, index) =>
        writeFileAtomic(join(folder, names[index] ?? file.name), file.markdown),
      )
      const written = exported
      return { status: 'saved', path: folder, files: written.length }
    },
    'retros:export-pdf': async ({ eventId }) => {
      const event = eventOf(eventId)
      const path = await deps.desktop.chooseSaveFile(
        'Save the retro as PDF',
        retroFileName(event).replace(/\.md$/, '.pdf'),
      )
      if (path === null) return { status: 'cancelled' }
      writeFileAtomic(path, await deps.desktop.printToPdf())
      return { status: 'saved', path, files: 1 }
    },
    'checkins:save': (checkIn) => {
      eventOf(checkIn.eventId)
      return save(saveCheckIn(journal(), checkIn, deps.now()))
    },
  }
}
