/** The journal after an event: each handler runs a rule from src/shared/retros, writes journal.json. */
import type { JournalChange, RetrosResponses } from '../../shared/ipc/channels/retros'
import type { Event } from '../../shared/domain/schemas'
import {
  addIntro,
  completeRetro,
  markSpark,
  pickFollowUp,
  removeFollowUp,
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
import { personResolver } from '../../shared/metrics/person-resolver'

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
  const currentPersonId = () => {
    const { people, merges } = repository.read('people')
    return personResolver(people, merges)
  }
  const requirePeople = (ids: readonly string[]): void => {
    const known = new Set(repository.read('people').people.map((person) => person.id))
    if (ids.some((id) => !known.has(id)))
      throw new NotFoundError('Someone picked is no longer in the workspace.')
  }
  return {
    'retros:save': ({ eventId, ...draft }) => {
      // People merged since they were picked stand as the person they were merged into; deleted
      // ones drop out, rather than the whole retro (and the text being typed) being refused.
      const current = currentPersonId()
      const kept = {
        ...draft,
        inviteNext: [...new Set(draft.inviteNext.flatMap((id) => current(id) ?? []))],
        followUpPicks: draft.followUpPicks.flatMap((pick) => {
          const personId = current(pick.personId)
          return personId === null ? [] : [{ ...pick, personId }]
        }),
      }
      return save(saveRetro(journal(), eventOf(eventId), kept, deps.now()))
    },
    'retros:complete': ({ eventId }) =>
      save(completeRetro(journal(), eventOf(eventId), deps.now())),
    'followups:pick': ({ eventId, personId: picked }) => {
      eventOf(eventId)
      const current = currentPersonId()
      const personId = current(picked)
      if (personId === null)
        throw new NotFoundError('Someone picked is no longer in the workspace.')
      return save(
        pickFollowUp(journal(), eventId, personId, { id: deps.newId(), now: deps.now() }, current),
      )
    },
    'followups:update': ({ id, ...fields }) =>
      save(updateFollowUp(journal(), id, fields, deps.now())),
    'followups:remove': ({ id }) => {
      return save(removeFollowUp(journal(), id))
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
