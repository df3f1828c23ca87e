/**
 * What the importer knows about one platform, in one place: how its file is recognised, what its
 * columns are called, what its status words mean, its ticket rules and its row key. `registry.ts`
 * lists the profiles; detection, column matching, row mapping and every label derive from it, so
 * a new platform is one profile, a fixture and a test (README: "Adding a platform").
 */
import type { Platform, RegistrationStatus } from '../../domain/schemas'
import type { ImportField } from '../types'

/** How a file is recognised from its header alone (never from column positions). */
export interface PlatformDetection {
  /** Telltale columns; each entry lists the spellings of one column (versions, translations). */
  signatures: readonly (readonly string[])[]
  /** Columns only this platform writes: at least one must be present. */
  anchors: readonly string[]
  /** How many telltale columns must be present. */
  minimum: number
}

/** What the platform means by several tickets or rows for one person (DESIGN.md §1.3). */
export interface TicketRules {
  /** The order (purchase) a row belongs to: rows of one order share a buyer. */
  orderColumn: readonly string[]
  /**
   * A ticket of an order with no attendee name of its own, beside a named ticket of the same order
   * (or a second unnamed one), is the buyer's extra ticket: not a person, and not a check-in.
   */
  hasExtraUnnamedTickets: boolean
  /** A voided or cancelled ticket of a person who holds a valid one is replaced, not a second registration. */
  hasReplacedTickets: boolean
  /** Where an unassigned ticket's holder is found: the buyer's name and e-mail columns. */
  buyerName?: readonly string[]
  buyerEmail?: readonly string[]
}

/** How a repeated row folds into the earlier one. */
export type RepeatRule =
  /** A newer copy of the same row: the later row stands (a re-submitted form, a newer download). */
  | 'later-wins'
  /** The same person joined twice (Zoom): one attendee, minutes added, checked in if either was. */
  | 'rejoin'
  /** The same speaker with several sessions: one person, the first row kept. */
  | 'first-wins'

export interface PlatformProfile {
  platform: Platform
  /** How the platform is named in sentences a person reads. */
  label: string
  /** Null for the generic profile: it is what a file is when no platform fits. */
  detection: PlatformDetection | null
  /**
   * Each field's column, in the platform's own spellings, first match wins. A trailing `*` matches
   * by prefix (Tito's `Check-ins: <list name>`). Fields not listed fall back to common synonyms.
   */
  columns: Partial<Record<ImportField, readonly string[]>>
  /**
   * The platform's status vocabulary, by status word (lower-case, `_` and `-` as spaces); `''` is
   * an empty cell. Words not listed are read by the common vocabulary, else `unknown`.
   */
  statusWords: Readonly<Record<string, RegistrationStatus>>
  /**
   * For a status column that is a flag rather than a word (Tito's `Void Status` holds the time of
   * voiding): the word every non-empty cell stands for.
   */
  statusFlagWord?: string
  /** Whether the attendance column's "no" says the person did not come, or is only silence. */
  isNoAttendanceOutright: boolean
  /** The status column also says check-in: this status word means checked in (Eventbrite). */
  checkedInStatusWord?: string
  /** Every column starting like the attendance column counts (one check-in list each). */
  isAttendanceOverColumns?: boolean
  /** Cells the platform writes for "nothing" (Tito's `-`, Zoom's `--`). */
  emptyMarkers?: readonly string[]
  /** What the platform writes in a name cell of a ticket nobody filled in (Eventbrite). */
  placeholderName?: RegExp
  /** The row key is this column's cell joined before the key (Eventbrite `Order #` + `Attendee #`). */
  rowKeyPrefixColumn?: readonly string[]
  /** A position column that tells tickets of one order apart (pretix). */
  rowKeyPositionColumn?: readonly string[]
  /** A prefix the platform writes before its ids (Meetup's `user 12345678`). */
  idPrefix?: RegExp
  /** First and last name are preferred over the full-name column (Zoom's is typed in the meeting). */
  isFirstLastPreferred?: boolean
  /** How rows that repeat a person fold; by row key unless `repeatsByEmail`. */
  repeats: RepeatRule
  /**
   * Repeats are found by e-mail rather than row key (Zoom rejoins, re-submitted forms). Never by
   * name alone: two submissions signed "Ann" may be two people, which is for review to say.
   */
  repeatsByEmail?: boolean
  tickets?: TicketRules
  /** Rows are read as this speaker list's (Sessionize), whose session columns fill down. */
  isSpeakerList?: boolean
}
