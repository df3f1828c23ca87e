import type { ImportStage } from './import-reader'

const STAGE_LABELS: Record<ImportStage | 'saving', string> = {
  reading: 'Reading the file',
  parsing: 'Reading rows',
  mapping: 'Matching columns',
  saving: 'Saving people and registrations',
}

/** A progress bar: exact while bytes are read, indeterminate for the steps that cannot count. */
export function ImportProgress({
  fileName,
  stage,
  fraction,
}: {
  fileName: string
  stage: ImportStage | 'saving'
  fraction: number | null
}) {
  const percent = fraction === null ? null : Math.round(fraction * 100)
  return (
    <div className="import-progress stack" aria-live="polite">
      <div className="row-between small">
        <span>
          {STAGE_LABELS[stage]} <span className="faint">· {fileName}</span>
        </span>
        {percent !== null && <span className="tabular muted">{percent}%</span>}
      </div>
      <div
        className="progress"
        role="progressbar"
        aria-label={STAGE_LABELS[stage]}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
        data-indeterminate={percent === null || undefined}
      >
        <div
          className="progress-bar"
          style={{ width: percent === null ? undefined : `${percent}%` }}
        />
      </div>
      <p className="faint small">The window stays usable; large files take a few seconds.</p>
    </div>
  )
}
