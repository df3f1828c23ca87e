import { useState } from 'react'
import type { BoardColumn } from '../../../../shared/domain/board-schemas'
import { useAppStore } from '../../app/store-context'

/** Rename, move left or right, archive: the column's own controls, behind one button. */
export function ColumnMenu({
  column,
  position,
  count,
}: {
  column: BoardColumn
  position: number
  count: number
}) {
  const renameColumn = useAppStore((state) => state.renameColumn)
  const shiftColumn = useAppStore((state) => state.shiftColumn)
  const archiveColumn = useAppStore((state) => state.archiveColumn)
  const [isRenaming, setIsRenaming] = useState(false)
  const [name, setName] = useState(column.name)

  if (isRenaming) {
    return (
      <form
        className="row"
        onSubmit={(event) => {
          event.preventDefault()
          void renameColumn(column.id, name).then(() => setIsRenaming(false))
        }}
      >
        <input
          className="input input-sm"
          aria-label={`New name for ${column.name}`}
          value={name}
          autoFocus
          onChange={(event) => setName(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') setIsRenaming(false)
          }}
        />
        <button type="submit" className="btn btn-sm">
          Save
        </button>
      </form>
    )
  }
  return (
    <details className="column-menu">
      <summary className="btn btn-ghost btn-sm" aria-label={`${column.name} column options`}>
        ⋯
      </summary>
      <div className="column-menu-panel">
        <button type="button" className="btn btn-ghost btn-sm" onClick={() => setIsRenaming(true)}>
          Rename
        </button>
        <button
          type="button"
          className="btn btn-ghost btn-sm"
          disabled={position === 0}
          onClick={() => void shiftColumn(column.id, -1)}
        >
          Move left
        </button>
        <button
          type="button"
          className="btn btn-ghost btn-sm"
          disabled={position === count - 1}
          onClick={() => void shiftColumn(column.id, 1)}
        >
          Move right
        </button>
        <button
          type="button"
          className="btn btn-ghost btn-sm btn-danger"
          onClick={() => void archiveColumn(column.id)}
        >
          Archive
        </button>
      </div>
    </details>
  )
}
