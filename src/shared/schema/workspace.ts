/**
 * The workspace on disk, split into files by how often they change (DESIGN.md §3): small,
 * often-edited collections apart from the large, import-written people and registrations, so an
 * edit to an event never rewrites 50,000 people.
 */
import { z } from 'zod'
import { boardSchema, DEFAULT_BOARD } from '../domain/board-schemas'
import { chatFileSchema, EMPTY_CHAT_FILE, type ChatFile } from '../domain/chat-schemas'
import { demoSchema, screeningCriterionSchema } from '../domain/demo-schemas'
import { journalSchema } from '../domain/journal-schemas'
import { reviewsFileSchema } from '../domain/review-schemas'
import {
  eventSchema,
  idSchema,
  instantSchema,
  mergeRecordSchema,
  mergeSuggestionSchema,
  personSchema,
  platformSchema,
  registrationSchema,
  registrationStatusSchema,
  timeZoneSchema,
  tombstoneSchema,
} from '../domain/schemas'

export const settingsSchema = z.object({
  /** Time zone new events start in. */
  defaultTimeZone: timeZoneSchema,
  /** Confirmed demos an event needs before it can be announced (DESIGN.md §1.2, X). */
  defaultDemoTarget: z.number().int().min(0).max(50),
  /** Whether the person chose sample data or an empty workspace on first start. */
  startedWith: z.enum(['sample', 'empty']).nullable(),
  /** The column mapping last confirmed per platform: import field → header name. */
  columnMappings: z.record(z.string(), z.record(z.string(), z.string())),
  /**
   * The organizer's reading of each status answer, per platform and question
   * (`google-forms:willyouattendinperson?` → answer → status). In `columnMappings` before v4.
   */
  statusReadings: z.record(z.string(), z.record(z.string(), registrationStatusSchema)),
  /** Demo-slot contract new events start with. */
  defaultSlotCount: z.number().int().min(0).max(50),
  defaultMinutesPerDemo: z.number().int().min(1).max(120),
  defaultExpectations: z.string().max(5000),
  /** The yes/no checks of a demo's screening (2–3 keep it a quality bar, not bureaucracy). */
  screeningCriteria: z.array(screeningCriterionSchema).min(1).max(5),
  /** People to follow up with after every event before the next can be announced. */
  followUpMinimum: z.number().int().min(1).max(100),
})

/**
 * A row linked by name to the one person on another platform's list of the same night
 * (DESIGN.md §1.3: cross-posting), kept so the link can be shown and taken back exactly.
 */
export const nightLinkSchema = z.object({
  registrationId: idSchema,
  personId: idSchema,
  rowName: z.string(),
  rowEmail: z.string(),
  platformPersonId: z.string(),
  nameBefore: z.string().nullable(),
  learnedEmail: z.string(),
  learnedPlatformId: z.string(),
  evidence: z.array(z.string()),
  /** When the organizer said these are two people; the row then became `splitPersonId`. */
  undoneAt: instantSchema.nullable(),
  splitPersonId: idSchema.nullable(),
})

export const importRecordSchema = z.object({
  id: idSchema,
  eventId: idSchema,
  fileName: z.string(),
  platform: platformSchema,
  importedAt: instantSchema,
  rowCount: z.number().int().min(0),
  /** Undo data: what this import created and what it overwrote. Pruned for older imports. */
  undo: z
    .object({
      createdPersonIds: z.array(idSchema),
      addedRegistrationIds: z.array(idSchema),
      replacedRegistrations: z.array(registrationSchema),
      previousPeople: z.array(personSchema),
    })
    .nullable(),
  undoneAt: instantSchema.nullable(),
  /** The event this import created; undoing the import removes it while nothing else uses it. */
  createdEventId: idSchema.optional(),
  /** Rows this import linked by name within the night (absent in files from before links). */
  nightLinks: z.array(nightLinkSchema).optional(),
})

export const fileSchemas = {
  settings: z.object({ settings: settingsSchema }),
  events: z.object({ events: z.array(eventSchema), demos: z.array(demoSchema) }),
  people: z.object({
    people: z.array(personSchema),
    tombstones: z.array(tombstoneSchema),
    mergeSuggestions: z.array(mergeSuggestionSchema),
    merges: z.array(mergeRecordSchema),
  }),
  registrations: z.object({
    registrations: z.array(registrationSchema),
    imports: z.array(importRecordSchema),
  }),
  board: z.object({ board: boardSchema }),
  journal: journalSchema,
  reviews: reviewsFileSchema,
  /** Group chats read from their exports (DESIGN.md §1.11): the largest file, written on its own. */
  chat: chatFileSchema,
} as const

export type WorkspaceFileName = keyof typeof fileSchemas
export const WORKSPACE_FILE_NAMES = Object.keys(fileSchemas) as WorkspaceFileName[]
export type WorkspaceFiles = { [name in WorkspaceFileName]: z.infer<(typeof fileSchemas)[name]> }
export type Settings = z.infer<typeof settingsSchema>
export type ImportRecord = z.infer<typeof importRecordSchema>
export type NightLink = z.infer<typeof nightLinkSchema>

/** Everything the renderer holds: the union of all files' collections. */
export type WorkspaceSnapshot = WorkspaceFiles['settings'] &
  WorkspaceFiles['events'] &
  WorkspaceFiles['people'] &
  WorkspaceFiles['registrations'] &
  WorkspaceFiles['board'] &
  WorkspaceFiles['journal'] &
  WorkspaceFiles['reviews'] &
  ChatSnapshot

/**
 * The chat file as the renderer holds it: without the messages (up to hundreds of thousands, read
 * in main and shown as the pulse's figures and chosen quotes) and without the deleted authors'
 * hashes, which only an import reads.
 */
export type ChatSnapshot = Omit<ChatFile, 'chatMessages' | 'chatTombstones'>

/** The chat file's part of the snapshot. */
export function chatSnapshotOf(chat: ChatFile): ChatSnapshot {
  return {
    chats: chat.chats,
    chatImports: chat.chatImports,
    chatAuthorLinks: chat.chatAuthorLinks,
    chatObservations: chat.chatObservations,
  }
}

export const DEFAULT_SETTINGS: Settings = {
  defaultTimeZone: 'UTC',
  defaultDemoTarget: 3,
  startedWith: null,
  columnMappings: {},
  statusReadings: {},
  defaultSlotCount: 6,
  defaultMinutesPerDemo: 7,
  defaultExpectations:
    'A demo is something you built, shown working (live or recorded), not slides about it. ' +
    'Plan for the slot length including setup; bring your laptop and an HDMI/USB-C adapter.',
  screeningCriteria: [
    { id: 'shows-working-thing', label: 'Shows something working, live or recorded' },
    { id: 'fits-the-slot', label: 'Fits in the slot, setup included' },
    { id: 'own-work', label: 'The presenter built it (or helped build it)' },
  ],
  followUpMinimum: 10,
}

/** An empty workspace, file by file. */
export function emptyWorkspaceFiles(settings: Settings = DEFAULT_SETTINGS): WorkspaceFiles {
  return {
    settings: { settings },
    events: { events: [], demos: [] },
    people: { people: [], tombstones: [], mergeSuggestions: [], merges: [] },
    registrations: { registrations: [], imports: [] },
    board: { board: DEFAULT_BOARD },
    journal: {
      retros: [],
      followUps: [],
      intros: [],
      checkIns: [],
      doorLog: [],
      stageLog: [],
    },
    reviews: { reviews: [], frictions: [], clusters: [], diagnosticAnswers: {} },
    chat: EMPTY_CHAT_FILE,
  }
}

/** Joins the files into the one snapshot the renderer works with. */
export function toSnapshot(files: WorkspaceFiles): WorkspaceSnapshot {
  return {
    ...files.settings,
    ...files.events,
    ...files.people,
    ...files.registrations,
    ...files.board,
    ...files.journal,
    ...files.reviews,
    ...chatSnapshotOf(files.chat),
  }
}
