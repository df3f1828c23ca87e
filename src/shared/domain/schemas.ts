/**
 * The workspace's records, as zod schemas. These are the single source of truth: the TypeScript
 * types are inferred from them, main validates every IPC payload with them before anything is
 * persisted, and files read from disk are checked against them.
 */
import { z } from 'zod'
import { TEXT_LIMITS } from './limits'

export const idSchema = z.string().min(1).max(200)
/** ISO-8601 instant (`2026-11-23T12:00:00.000Z`). */
export const instantSchema = z.iso.datetime({ offset: true })
/** Wall-clock time at the venue, without offset (`2026-11-26T18:30`); read with the event's time zone. */
export const localDateTimeSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Use the form YYYY-MM-DDTHH:mm')
export const timeZoneSchema = z
  .string()
  .min(1)
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone })
      return true
    } catch {
      return false
    }
  }, 'Unknown time zone')

export const EVENT_STATUSES = ['planning', 'announced', 'live', 'done'] as const
export const eventStatusSchema = z.enum(EVENT_STATUSES)

export const statusChangeSchema = z.object({
  status: eventStatusSchema,
  at: instantSchema,
})

/** The fields a person types when creating or editing an event. */
export const eventDraftSchema = z
  .object({
    title: z.string().trim().min(1, 'Give the event a title').max(200),
    start: localDateTimeSchema,
    end: localDateTimeSchema,
    timeZone: timeZoneSchema,
    venue: z.string().trim().max(200),
    city: z.string().trim().max(120),
    capacity: z.number().int().min(0).max(1_000_000).nullable(),
  })
  .refine((draft) => draft.end > draft.start, {
    message: 'The event must end after it starts',
    path: ['end'],
  })

/** The mechanisms an override can get past; each override is kept with its written reason. */
export const GATE_IDS = ['announce-demos', 'announce-follow-ups', 'plan-after-retro'] as const
export const gateIdSchema = z.enum(GATE_IDS)

export const overrideReasonSchema = z
  .string()
  .trim()
  .min(10, 'Write a reason of at least a few words')
  .max(2000)

/** Who passed a gate, when and why: kept on the event and counted in the monthly review. */
export const gateOverrideSchema = z.object({
  id: idSchema,
  gate: gateIdSchema,
  reason: overrideReasonSchema,
  at: instantSchema,
  /** The computer account that recorded it (the app has no log-in); empty when unknown. */
  by: z.string().max(200),
})

/** The demo-slot contract of one event (DESIGN.md §1.2): slots are inventory, not a sign-up sheet. */
export const demoContractSchema = z.object({
  slotCount: z.number().int().min(0).max(50),
  minutesPerDemo: z.number().int().min(1).max(120),
  expectations: z.string().max(5000),
  isWipWelcome: z.boolean(),
  /** X: confirmed demos needed before the event can be announced. */
  demoTarget: z.number().int().min(0).max(50),
})

export const eventSchema = z.object({
  id: idSchema,
  title: z.string().max(200),
  start: localDateTimeSchema,
  end: localDateTimeSchema,
  timeZone: timeZoneSchema,
  venue: z.string().max(200),
  city: z.string().max(120),
  capacity: z.number().int().min(0).nullable(),
  status: eventStatusSchema,
  statusHistory: z.array(statusChangeSchema),
  createdAt: instantSchema,
  demoContract: demoContractSchema,
  gateOverrides: z.array(gateOverrideSchema),
  /** When confirmed demos first reached the target: the end of time-to-ship. */
  demoTargetMetAt: instantSchema.nullable(),
})

export const PLATFORMS = [
  'luma',
  'eventbrite',
  'meetup',
  'tito',
  'zoom',
  'pretix',
  'humanitix',
  'google-forms',
  'sessionize',
  'generic',
  /** Walk-ins added at the door (DESIGN.md §1.10): no export, so no import ever writes it. */
  'door',
] as const
export const platformSchema = z.enum(PLATFORMS)
/** The platforms an attendee file can be imported as: every one but the door's walk-ins. */
export const IMPORTABLE_PLATFORMS = PLATFORMS.filter(
  (platform): platform is Exclude<Platform, 'door'> => platform !== 'door',
)

export const platformIdSchema = z.object({ platform: platformSchema, id: z.string().min(1) })

export const personSchema = z.object({
  id: idSchema,
  name: z.string(),
  /** Normalised (trimmed, lower-case) e-mails this person is known under; the first is primary. */
  emails: z.array(z.string()),
  platformIds: z.array(platformIdSchema),
  notes: z.string().max(TEXT_LIMITS.personNotes),
  tags: z.array(z.string()),
  createdAt: instantSchema,
})

/**
 * A registration's status (DESIGN.md §1.3). `maybe` is its own state, never an estimated attendee;
 * `unknown` is a value nobody has read yet (the organizer reads it in the import preview).
 */
export const REGISTRATION_STATUSES = [
  'going',
  'maybe',
  'invited',
  'waitlist',
  'declined',
  'cancelled',
  'unknown',
] as const
export const registrationStatusSchema = z.enum(REGISTRATION_STATUSES)
export const ATTENDANCES = ['checked-in', 'no-show', 'unknown'] as const
export const attendanceSchema = z.enum(ATTENDANCES)

export const registrationSchema = z.object({
  id: idSchema,
  eventId: idSchema,
  personId: idSchema,
  platform: platformSchema,
  /** The row's own key on its platform (ticket reference, order + attendee number, guest id). */
  sourceKey: z.string(),
  status: registrationStatusSchema,
  attendance: attendanceSchema,
  ticketType: z.string(),
  registeredAt: z.string(),
  answers: z.record(z.string(), z.string()),
  importId: idSchema.nullable(),
})

/** A deleted person leaves only a one-way hash of each identifier, so a later import skips them. */
export const tombstoneSchema = z.object({ hash: z.string(), deletedAt: instantSchema })

/** Two people who may be one, offered for review with the evidence; never merged silently. */
export const mergeSuggestionSchema = z.object({
  id: idSchema,
  personIds: z.tuple([idSchema, idSchema]),
  evidence: z.array(z.string()),
  createdAt: instantSchema,
  status: z.enum(['open', 'merged', 'dismissed']),
})

/** What a merge changed, kept so that it can be undone exactly. */
export const mergeRecordSchema = z.object({
  id: idSchema,
  survivorBefore: personSchema,
  absorbed: personSchema,
  movedRegistrationIds: z.array(idSchema),
  mergedAt: instantSchema,
  undoneAt: instantSchema.nullable(),
})

export type Event = z.infer<typeof eventSchema>
export type GateId = z.infer<typeof gateIdSchema>
export type GateOverride = z.infer<typeof gateOverrideSchema>
export type DemoContract = z.infer<typeof demoContractSchema>
export type EventDraft = z.infer<typeof eventDraftSchema>
export type EventStatus = z.infer<typeof eventStatusSchema>
export type StatusChange = z.infer<typeof statusChangeSchema>
export type Platform = z.infer<typeof platformSchema>
export type PlatformId = z.infer<typeof platformIdSchema>
export type Person = z.infer<typeof personSchema>
export type RegistrationStatus = z.infer<typeof registrationStatusSchema>
export type Attendance = z.infer<typeof attendanceSchema>
export type Registration = z.infer<typeof registrationSchema>
export type Tombstone = z.infer<typeof tombstoneSchema>
export type MergeSuggestion = z.infer<typeof mergeSuggestionSchema>
export type MergeRecord = z.infer<typeof mergeRecordSchema>
