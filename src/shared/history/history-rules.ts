/**
 * How each channel's change enters the undo history (issue 16): every channel of the contract is
 * read-only, undoable with a label naming what Undo and Redo will do ("Move Ada Lovelace to Quiet
 * killers"), or not undoable, with the reason. The table is typed over every channel, so a new
 * channel does not compile until it is given its rule here.
 *
 * A change that is not undoable clears the history (main, src/main/history): Undo never reaches
 * behind a newer change it cannot take back.
 */
import { DIAGNOSTIC_ITEMS } from '../devrel/diagnostic-items'
import type { DemoState } from '../domain/demo-schemas'
import type { EventStatus } from '../domain/schemas'
import { currentPersonLookup } from '../identity/current-person'
import type { Channel, ParsedRequestOf } from '../ipc/contract'
import type { WorkspaceFiles } from '../schema/workspace'

/** The channels that move through the history itself. */
export type HistoryChannel = 'history:undo' | 'history:redo'

export type HistoryRule<C extends Channel> =
  /** Writes nothing in the workspace (it may write files elsewhere: an export, a PDF). */
  | { kind: 'read-only' }
  /** Writes, and cannot be taken back from the history; the history is cleared after it. */
  | { kind: 'not-undoable'; why: string }
  /** `label`: what the change does, read from the request and the workspace before it. */
  | { kind: 'undoable'; label: (request: ParsedRequestOf<C>, before: WorkspaceFiles) => string }

const READ_ONLY = { kind: 'read-only' } as const
/** The removed item lives in main's memory, not in the workspace before: it has no name there. */
const LONGEST_NAME = 48

const clip = (text: string): string => {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > LONGEST_NAME ? `${flat.slice(0, LONGEST_NAME - 1).trimEnd()}…` : flat
}

const eventTitle = (before: WorkspaceFiles, id: string): string =>
  clip(before.events.events.find((event) => event.id === id)?.title ?? 'the event')

/** A scan, not the lookup's maps: a label is made on every change, in chapters of 50,000 people. */
const personName = (before: WorkspaceFiles, id: string): string => {
  const { people, merges } = before.people
  const person =
    people.find((candidate) => candidate.id === id) ?? currentPersonLookup(people, merges)(id)
  return clip(person?.name ?? 'someone')
}

const cardPerson = (before: WorkspaceFiles, cardId: string): string => {
  const card = before.board.board.cards.find((candidate) => candidate.id === cardId)
  return card ? personName(before, card.personId) : 'a card'
}

const columnName = (before: WorkspaceFiles, id: string): string =>
  clip(before.board.board.columns.find((column) => column.id === id)?.name ?? 'a column')

const demoTitle = (before: WorkspaceFiles, id: string): string =>
  clip(before.events.demos.find((demo) => demo.id === id)?.title ?? 'a demo')

const frictionText = (before: WorkspaceFiles, id: string): string =>
  clip(before.reviews.frictions.find((friction) => friction.id === id)?.text ?? 'a friction')

const clusterProblem = (before: WorkspaceFiles, id: string): string =>
  clip(before.reviews.clusters.find((cluster) => cluster.id === id)?.problem ?? 'a cluster')

const registrationPerson = (before: WorkspaceFiles, id: string): string => {
  const registration = before.registrations.registrations.find((candidate) => candidate.id === id)
  return registration ? personName(before, registration.personId) : 'someone'
}

const followUpPerson = (before: WorkspaceFiles, id: string): string => {
  const followUp = before.journal.followUps.find((candidate) => candidate.id === id)
  return followUp ? personName(before, followUp.personId) : 'someone'
}

const count = (n: number, one: string, many: string): string =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`

const STATUS_LABELS: Record<EventStatus, (title: string) => string> = {
  planning: (title) => `Move ${title} back to planning`,
  announced: (title) => `Mark ${title} announced`,
  live: (title) => `Mark ${title} live`,
  done: (title) => `Mark ${title} done`,
}

const DEMO_STATE_LABELS: Record<DemoState, string> = {
  proposed: 'proposed',
  screening: 'in screening',
  confirmed: 'confirmed',
  presented: 'presented',
  declined: 'declined',
  withdrawn: 'withdrawn',
}

const REPLACES_WORKSPACE =
  'It replaces the whole workspace; the backup taken just before it (Settings → Backups) is the ' +
  'way back, and the history of the replaced workspace no longer applies.'

/** Every channel's rule; see the module comment. */
export const HISTORY_RULES: { [C in Exclude<Channel, HistoryChannel>]: HistoryRule<C> } = {
  'workspace:load': READ_ONLY,
  'workspace:start': {
    kind: 'not-undoable',
    why: 'The first-run choice: there is no workspace before it to go back to.',
  },
  // Undoable rather than "trivially re-set": clearing the history for a changed default would
  // take Ctrl+Z away from the organizer's last real change.
  'workspace:update-settings': { kind: 'undoable', label: () => 'Change the defaults' },
  'workspace:export-file': READ_ONLY,
  'workspace:import-file': { kind: 'not-undoable', why: REPLACES_WORKSPACE },
  'workspace:list-backups': READ_ONLY,
  'workspace:restore-backup': { kind: 'not-undoable', why: REPLACES_WORKSPACE },

  'events:create': { kind: 'undoable', label: (request) => `Create ${clip(request.title)}` },
  'events:update': {
    kind: 'undoable',
    label: ({ id }, before) => `Edit ${eventTitle(before, id)}`,
  },
  'events:set-status': {
    kind: 'undoable',
    label: ({ id, status }, before) => STATUS_LABELS[status](eventTitle(before, id)),
  },
  'events:delete': {
    kind: 'undoable',
    label: ({ id }, before) => `Delete ${eventTitle(before, id)}`,
  },
  'events:override-gate': {
    kind: 'undoable',
    label: ({ id }, before) => `Pass a gate of ${eventTitle(before, id)}`,
  },

  'attendees:import': {
    kind: 'undoable',
    label: (request, before) =>
      `Import ${count(request.rows.length, 'person', 'people')} into ${eventTitle(before, request.eventId)}`,
  },
  'attendees:undo-import': {
    kind: 'undoable',
    label: ({ importId }, before) => {
      const record = before.registrations.imports.find((candidate) => candidate.id === importId)
      return `Take back the import of ${clip(record?.fileName ?? 'a file')}`
    },
  },
  'attendees:merge': {
    kind: 'undoable',
    label: ({ survivorId, absorbedId }, before) =>
      `Merge ${personName(before, absorbedId)} into ${personName(before, survivorId)}`,
  },
  'attendees:unmerge': {
    kind: 'undoable',
    label: ({ mergeId }, before) => {
      const record = before.people.merges.find((candidate) => candidate.id === mergeId)
      return record
        ? `Separate ${clip(record.survivorBefore.name)} and ${clip(record.absorbed.name)}`
        : 'Separate two merged people'
    },
  },
  'attendees:dismiss-suggestion': {
    kind: 'undoable',
    label: ({ suggestionId }, before) => {
      const pair = before.people.mergeSuggestions.find((s) => s.id === suggestionId)?.personIds
      return pair
        ? `Mark ${personName(before, pair[0])} and ${personName(before, pair[1])} as different people`
        : 'Mark two people as different'
    },
  },
  'attendees:set-notes': {
    kind: 'undoable',
    label: ({ personId }, before) => `Edit the notes on ${personName(before, personId)}`,
  },
  'attendees:delete-person': {
    kind: 'not-undoable',
    why:
      "A deletion at the person's request must leave no copy: the history, which holds the " +
      'files as they were, is cleared with it, as the older backups are.',
  },
  'attendees:set-night-links': {
    kind: 'undoable',
    label: ({ importId, linked }, before) => {
      const record = before.registrations.imports.find((candidate) => candidate.id === importId)
      const night = record ? eventTitle(before, record.eventId) : 'the night'
      return linked ? `Link names again in ${night}` : `Take back links by name in ${night}`
    },
  },

  'demos:add': {
    kind: 'undoable',
    label: ({ title, eventId }, before) =>
      `Add the demo ${clip(title)} to ${eventTitle(before, eventId)}`,
  },
  'demos:update': {
    kind: 'undoable',
    label: ({ demoId }, before) => `Edit the demo ${demoTitle(before, demoId)}`,
  },
  'demos:move': {
    kind: 'undoable',
    label: ({ demoId, to }, before) =>
      `Mark the demo ${demoTitle(before, demoId)} ${DEMO_STATE_LABELS[to]}`,
  },
  'demos:screen': {
    kind: 'undoable',
    label: ({ demoId }, before) => `Screen the demo ${demoTitle(before, demoId)}`,
  },
  'demos:reorder': {
    kind: 'undoable',
    label: ({ eventId }, before) => `Reorder the run of show of ${eventTitle(before, eventId)}`,
  },
  'demos:set-contract': {
    kind: 'undoable',
    label: ({ eventId }, before) => `Change the demo slots of ${eventTitle(before, eventId)}`,
  },
  'demos:import-speakers': {
    kind: 'undoable',
    label: ({ eventId, entries }, before) =>
      `Import ${count(entries.length, 'speaker', 'speakers')} into ${eventTitle(before, eventId)}`,
  },

  'pipeline:add-card': {
    kind: 'undoable',
    label: ({ personId, columnId }, before) =>
      `Add ${personName(before, personId)} to ${columnName(before, columnId)}`,
  },
  'pipeline:move-card': {
    kind: 'undoable',
    label: ({ cardId, toColumnId }, before) => {
      const from = before.board.board.columns.find((column) => column.cardIds.includes(cardId))
      return from?.id === toColumnId
        ? `Reorder ${columnName(before, toColumnId)}`
        : `Move ${cardPerson(before, cardId)} to ${columnName(before, toColumnId)}`
    },
  },
  'pipeline:update-card': {
    kind: 'undoable',
    label: ({ cardId }, before) => `Edit the card of ${cardPerson(before, cardId)}`,
  },
  'pipeline:remove-card': {
    kind: 'undoable',
    label: ({ cardId }, before) => `Remove ${cardPerson(before, cardId)} from the board`,
  },
  'pipeline:rename-column': {
    kind: 'undoable',
    label: ({ columnId, name }, before) =>
      `Rename ${columnName(before, columnId)} to ${clip(name)}`,
  },
  'pipeline:shift-column': {
    kind: 'undoable',
    label: ({ columnId, direction }, before) =>
      `Move the column ${columnName(before, columnId)} ${direction < 0 ? 'left' : 'right'}`,
  },
  'pipeline:add-column': {
    kind: 'undoable',
    label: ({ name }) => `Add the column ${clip(name)}`,
  },
  'pipeline:archive-column': {
    kind: 'undoable',
    label: ({ columnId }, before) => `Archive the column ${columnName(before, columnId)}`,
  },

  'retros:save': {
    kind: 'undoable',
    label: ({ eventId }, before) => `Edit the retro of ${eventTitle(before, eventId)}`,
  },
  'retros:complete': {
    kind: 'undoable',
    label: ({ eventId }, before) => `Complete the retro of ${eventTitle(before, eventId)}`,
  },
  'followups:pick': {
    kind: 'undoable',
    label: ({ personId }, before) => `Add ${personName(before, personId)} to the follow-ups`,
  },
  'followups:update': {
    kind: 'undoable',
    label: ({ id }, before) => `Edit the follow-up with ${followUpPerson(before, id)}`,
  },
  'followups:remove': {
    kind: 'undoable',
    label: ({ id }, before) => `Remove ${followUpPerson(before, id)} from the follow-ups`,
  },
  'intros:add': {
    kind: 'undoable',
    label: ({ personIds }, before) =>
      `Introduce ${personName(before, personIds[0])} to ${personName(before, personIds[1])}`,
  },
  'intros:spark': {
    kind: 'undoable',
    label: ({ id }, before) => {
      const intro = before.journal.intros.find((candidate) => candidate.id === id)
      return intro
        ? `Mark the intro of ${personName(before, intro.personIds[0])} and ${personName(before, intro.personIds[1])} a spark`
        : 'Mark an intro a spark'
    },
  },
  'retros:export-all': READ_ONLY,
  'retros:export-pdf': READ_ONLY,
  'checkins:save': {
    kind: 'undoable',
    label: ({ eventId }, before) => `Save your check-in for ${eventTitle(before, eventId)}`,
  },

  'review:close': { kind: 'undoable', label: ({ month }) => `Close the review of ${month}` },
  'review:export-pdf': READ_ONLY,

  'feedback:log-friction': {
    kind: 'undoable',
    label: ({ text }) => `Log the friction ${clip(text)}`,
  },
  'feedback:remove-friction': {
    kind: 'undoable',
    label: ({ id }, before) => `Remove the friction ${frictionText(before, id)}`,
  },
  'feedback:create-cluster': {
    kind: 'undoable',
    label: ({ problem }) => `Create the cluster ${clip(problem)}`,
  },
  'feedback:update-cluster': {
    kind: 'undoable',
    label: ({ id }, before) => `Edit the cluster ${clusterProblem(before, id)}`,
  },
  'feedback:assign-friction': {
    kind: 'undoable',
    label: ({ frictionId, clusterId }, before) =>
      clusterId === null
        ? `Take the friction ${frictionText(before, frictionId)} out of its cluster`
        : `Move the friction ${frictionText(before, frictionId)} to ${clusterProblem(before, clusterId)}`,
  },
  'feedback:move-cluster': {
    kind: 'undoable',
    label: ({ id, direction }, before) =>
      `Move the cluster ${clusterProblem(before, id)} ${direction < 0 ? 'up' : 'down'}`,
  },
  'feedback:remove-cluster': {
    kind: 'undoable',
    label: ({ id }, before) => `Remove the cluster ${clusterProblem(before, id)}`,
  },
  'door:check-in': {
    kind: 'undoable',
    label: ({ registrationId }, before) => `Check in ${registrationPerson(before, registrationId)}`,
  },
  'door:undo-check-in': {
    kind: 'undoable',
    label: ({ registrationId }, before) =>
      `Take back the check-in of ${registrationPerson(before, registrationId)}`,
  },
  'door:add-walk-in': {
    kind: 'undoable',
    label: ({ name }) => `Add the walk-in ${clip(name)}`,
  },
  'stage:log': {
    kind: 'undoable',
    label: ({ demoId, outcome }, before) =>
      outcome === 'no-show'
        ? `Mark ${demoTitle(before, demoId)} a no-show`
        : `Log the demo ${demoTitle(before, demoId)}`,
  },
  'diagnostic:answer': {
    kind: 'undoable',
    label: ({ itemId }) => {
      const item = DIAGNOSTIC_ITEMS.find((candidate) => candidate.id === itemId)
      return item ? `Answer ${clip(item.question)}` : 'Answer the diagnostic'
    },
  },

  'chat:import': {
    kind: 'undoable',
    label: ({ chat }) => `Import the chat ${clip(chat.chatName)}`,
  },
  'chat:undo-import': {
    kind: 'undoable',
    label: ({ importId }, before) => {
      const record = before.chat.chatImports.find((candidate) => candidate.id === importId)
      return `Take back the chat import of ${clip(record?.fileName ?? 'a file')}`
    },
  },
  'chat:decide-author': {
    kind: 'undoable',
    label: ({ personId, isSamePerson }, before) =>
      isSamePerson
        ? `Link a chat author to ${personName(before, personId)}`
        : `Keep a chat author apart from ${personName(before, personId)}`,
  },
  'chat:pulse': READ_ONLY,
  'chat:observe-night': {
    kind: 'undoable',
    label: ({ eventId }, before) =>
      `Record the group observed after ${eventTitle(before, eventId)}`,
  },
}

/**
 * What a request on `channel` means for the history: `read-only`, `not-undoable`, or the label of
 * the undoable change, read from the workspace before it.
 */
export function historyEffect<C extends Exclude<Channel, HistoryChannel>>(
  channel: C,
  request: ParsedRequestOf<C>,
  before: WorkspaceFiles,
): { kind: 'read-only' } | { kind: 'not-undoable' } | { kind: 'undoable'; label: string } {
  const rule = HISTORY_RULES[channel] as HistoryRule<C>
  if (rule.kind !== 'undoable') return { kind: rule.kind }
  return { kind: 'undoable', label: rule.label(request, before) }
}

/** Whether a channel moves through the history itself (undo, redo). */
export function isHistoryChannel(channel: Channel): channel is HistoryChannel {
  return channel === 'history:undo' || channel === 'history:redo'
}
