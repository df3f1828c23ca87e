import { capitalise } from '../../../../../shared/util/text'
import { useEffect, useMemo, useState } from 'react'
import {
  eventDraftSchema,
  IMPORTABLE_PLATFORMS,
  type Platform,
  type RegistrationStatus,
} from '../../../../../shared/domain/schemas'
import { nearestEvent } from '../../../../../shared/events/nearest-event'
import { guessColumnMapping, validateMapping } from '../../../../../shared/import/column-mapping'
import { encodingLabel } from '../../../../../shared/import/decode'
import {
  eventMatchingEvidence,
  farFromEvidenceWarning,
  type NightProposal,
} from '../../../../../shared/import/night-evidence'
import {
  countWords,
  DELIMITER_LABELS,
  importCount,
  previewRows,
  type ImportCount,
  type ImportPreview,
} from '../../../../../shared/import/import-preview'
import { platformLabel } from '../../../../../shared/identity/resolve-identity'
import { rememberedReadings } from '../../../../../shared/import/remembered-readings'
import { statusValueTable } from '../../../../../shared/import/status-reading'
import { useAppStore } from '../../../app/store-context'
import { useNow } from '../../../hooks/use-now'
import { EventChooser, type EventChoice } from './EventChooser'
import { MappingEditor } from './MappingEditor'
import { PreviewTable } from './PreviewTable'
import { StatusValuesTable } from './StatusValuesTable'
import type { Confirmed } from './use-import-flow'
import { formatCount } from '../../../../../shared/util/format-number'

export const PREVIEW_FORM_ID = 'import-preview-form'
const PROBLEMS_SHOWN = 50

/**
 * The file as the app reads it, before anything is written: the platform and why, the event it
 * goes to, the column mapping (editable, remembered per platform once imported), the first rows.
 */
export function PreviewStep({
  preview,
  presetEventId,
  night,
  error,
  onConfirm,
  onCountChange,
}: {
  preview: ImportPreview
  presetEventId: string | null
  /** When and what the night was, by the file's own evidence (DESIGN.md §1.3). */
  night: NightProposal
  error: string | null
  onConfirm: (confirmed: Confirmed) => void
  /** What the Import button counts: people as the file was read, rows after a correction. */
  onCountChange: (count: ImportCount, preview: ImportPreview) => void
}) {
  const events = useAppStore((state) => state.events)
  const settings = useAppStore((state) => state.settings)
  const now = useNow()
  const [platform, setPlatform] = useState<Platform>(preview.platform)
  const [mapping, setMapping] = useState(preview.mapping)
  // The event the organizer came from; else the one on the file's date; else, when the file has
  // no date (a form), the nearest night. A file dated months from every event proposes a new
  // night, on its own date and never today: an old night is then recorded as done.
  const [choice, setChoice] = useState<EventChoice>(() => {
    const eventId =
      presetEventId ??
      eventMatchingEvidence(events, night)?.id ??
      (night.date === null ? nearestEvent(events, now)?.id : undefined)
    return eventId === undefined
      ? { kind: 'new', fields: { title: night.title, date: night.date ?? '' } }
      : { kind: 'existing', eventId }
  })
  const chosenEvent =
    choice.kind === 'existing' ? events.find((event) => event.id === choice.eventId) : undefined
  const farWarning = chosenEvent === undefined ? null : farFromEvidenceWarning(chosenEvent, night)
  const [eventError, setEventError] = useState<string | undefined>()

  // The organizer's readings of the status answers, per platform and column, over the ones
  // remembered from earlier imports of the same question.
  const [choices, setChoices] = useState<Record<string, Record<string, RegistrationStatus>>>({})
  const statusColumn = mapping.status
  const choiceKey = `${platform}|${statusColumn ?? ''}`
  const readings = useMemo(
    () => ({
      ...rememberedReadings(settings.statusReadings, platform, statusColumn),
      ...choices[choiceKey],
    }),
    [settings.statusReadings, platform, statusColumn, choices, choiceKey],
  )
  const statusTable = useMemo(() => {
    const counts =
      statusColumn !== undefined && Object.hasOwn(preview.columnValues, statusColumn)
        ? preview.columnValues[statusColumn]
        : undefined
    return statusColumn === undefined || counts === undefined
      ? null
      : statusValueTable(statusColumn, counts, platform, readings)
  }, [preview, statusColumn, platform, readings])
  const readStatusAs = (word: string, reading: RegistrationStatus) =>
    setChoices((current) => ({
      ...current,
      [choiceKey]: { ...current[choiceKey], [word]: reading },
    }))
  const statusReadings = statusColumn === undefined ? undefined : { column: statusColumn, readings }

  const mapped = useMemo(
    () => previewRows(preview, mapping, platform, readings),
    [preview, mapping, platform, readings],
  )
  const validation = validateMapping(mapping, preview.header)
  const count = useMemo(() => importCount(preview, mapping, platform), [preview, mapping, platform])
  useEffect(() => onCountChange(count, preview), [count, preview, onCountChange])

  const changePlatform = (next: Platform) => {
    setPlatform(next)
    setMapping(guessColumnMapping(preview.header, next, preview.sample))
  }

  const submit = () => {
    if (!validation.isValid) return
    if (choice.kind === 'existing') {
      onConfirm({ target: choice, platform, mapping, statusReadings })
      return
    }
    const { title, date } = choice.fields
    const draft = eventDraftSchema.safeParse({
      title,
      start: `${date}T18:30`,
      end: `${date}T21:30`,
      timeZone: settings.defaultTimeZone,
      venue: '',
      city: '',
      capacity: null,
    })
    if (!draft.success) {
      setEventError(
        title.trim() === '' ? 'Give the new event a title' : 'Pick the date of the new event',
      )
      return
    }
    onConfirm({ target: { kind: 'new', draft: draft.data }, platform, mapping, statusReadings })
  }

  return (
    <form
      id={PREVIEW_FORM_ID}
      className="stack-lg"
      onSubmit={(event) => {
        event.preventDefault()
        submit()
      }}
    >
      {error !== null && (
        <div className="callout callout-error" role="alert">
          {error}
        </div>
      )}
      <section className="import-summary" aria-label="File facts">
        <div className="row-between import-summary-line">
          <div className="row">
            <span className="badge badge-accent" data-testid="import-platform">
              {platformLabel(platform)}
            </span>
            <span className="small muted" data-testid="import-file-facts">
              {formatCount(preview.dataRows)} data rows
              {count.unit === 'people' && ` make ${countWords(count)}`} ·{' '}
              {encodingLabel(preview.encoding)} · {DELIMITER_LABELS[preview.delimiter]}-separated
              {preview.headerLine > 1 && ` · header on line ${preview.headerLine}`}
            </span>
          </div>
          <label className="row small">
            <span className="muted">Not right?</span>
            <select
              className="select select-inline"
              aria-label="Platform"
              value={platform}
              onChange={(event) => changePlatform(event.target.value as Platform)}
            >
              {IMPORTABLE_PLATFORMS.map((candidate) => (
                <option key={candidate} value={candidate}>
                  {platformLabel(candidate)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <p className="small muted" data-testid="import-platform-reason">
          {platform === preview.platform
            ? `Recognised as ${preview.platformReason}.`
            : `You chose ${platformLabel(platform)}; the columns were matched again for it.`}{' '}
          {preview.mappingSource === 'remembered' && platform === preview.platform
            ? 'Columns as you mapped them last time.'
            : ''}
        </p>
      </section>

      {/* First after the file's facts: what the import will count is the thing to check, and at
          1024×640 every answer is in sight without scrolling, above the Import button. */}
      <section className="stack" aria-label="Status answers">
        <h3>
          Who is coming{' '}
          {statusColumn !== undefined && (
            <span className="faint small">
              by the answers to <span className="status-values-column">“{statusColumn}”</span>
            </span>
          )}
        </h3>
        <StatusValuesTable
          column={statusColumn}
          table={statusTable}
          platform={platform}
          onChange={readStatusAs}
        />
      </section>

      <section className="stack" aria-label="Event choice">
        <h3>Which event is this list for?</h3>
        <EventChooser
          events={events}
          choice={choice}
          onChange={(next) => {
            setChoice(next)
            setEventError(undefined)
          }}
          error={eventError}
          night={night}
        />
        {farWarning !== null && (
          <div className="callout callout-warning" role="alert" data-testid="far-event-warning">
            {farWarning}
          </div>
        )}
      </section>

      <section className="stack" aria-label="Column mapping">
        <h3>Columns</h3>
        <MappingEditor header={preview.header} mapping={mapping} onChange={setMapping} />
        {!validation.isValid && (
          <div className="callout callout-warning" role="alert">
            {validation.reasons.map((reason) => capitalise(reason)).join('. ')}.
          </div>
        )}
      </section>

      <section className="stack" aria-label="Row preview">
        <h3>
          First rows <span className="faint small">as they will be imported</span>
        </h3>
        <PreviewTable mapped={mapped} />
      </section>

      {preview.problems.length > 0 && (
        <details className="problems">
          <summary>
            {preview.problems.length} problem{preview.problems.length === 1 ? '' : 's'} in the file;
            the other rows import normally
          </summary>
          <ul className="small">
            {preview.problems.slice(0, PROBLEMS_SHOWN).map((problem) => (
              <li key={`${problem.line}-${problem.message}`}>
                Line {problem.line}: {problem.message}
              </li>
            ))}
          </ul>
        </details>
      )}
    </form>
  )
}
