import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core'
import {
  arrayMove,
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import type { Event } from '../../../../shared/domain/schemas'
import {
  presenterBrief,
  runOfShowMarkdown,
  type RunOfShowEntry,
} from '../../../../shared/demos/run-of-show'
import { useAppStore } from '../../app/store-context'
import { copyText } from '../../lib/clipboard'
import { downloadText, slug } from '../../lib/download'
import { DemoActions } from './DemoActions'
import { RUN_OF_SHOW_INSTRUCTIONS, runOfShowAnnouncements } from './run-of-show-announcements'

/**
 * The confirmed demos in running order, with their slot times. Reordered by dragging the handle,
 * or from the keyboard: focus a handle, Space to lift, arrow keys to move, Space to drop.
 */
export function RunOfShow({ event, entries }: { event: Event; entries: RunOfShowEntry[] }) {
  const reorder = useAppStore((state) => state.reorderRunOfShow)
  const showToast = useAppStore((state) => state.showToast)
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  )
  const ids = entries.map((entry) => entry.demo.id)
  const announcements = runOfShowAnnouncements(
    ids,
    (id) => entries.find((entry) => entry.demo.id === id)?.demo.title ?? 'The demo',
  )

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (over === null || active.id === over.id) return
    const next = arrayMove(ids, ids.indexOf(String(active.id)), ids.indexOf(String(over.id)))
    reorder(event.id, next).catch((error: Error) => showToast(error.message, { tone: 'error' }))
  }

  const copy = (text: string, what: string) =>
    copyText(text)
      .then(() => showToast(`${what} copied`))
      .catch((error: Error) => showToast(error.message, { tone: 'error' }))

  return (
    <div className="stack">
      <div className="row-between">
        <h3>Run of show</h3>
        <div className="row">
          <button
            type="button"
            className="btn btn-sm"
            disabled={entries.length === 0}
            onClick={() => void copy(runOfShowMarkdown(event, entries), 'Run of show')}
          >
            Copy as Markdown
          </button>
          <button
            type="button"
            className="btn btn-sm"
            disabled={entries.length === 0}
            onClick={() =>
              downloadText(
                `run-of-show-${slug(event.title)}.md`,
                runOfShowMarkdown(event, entries),
                'text/markdown;charset=utf-8',
              )
            }
          >
            Export .md
          </button>
        </div>
      </div>
      {entries.length === 0 ? (
        <p className="muted small">
          No confirmed demos yet. Screen a proposed demo and confirm it to give it a slot.
        </p>
      ) : (
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          onDragEnd={onDragEnd}
          accessibility={{ announcements, screenReaderInstructions: RUN_OF_SHOW_INSTRUCTIONS }}
        >
          <SortableContext items={ids} strategy={verticalListSortingStrategy}>
            <ol className="run-of-show" aria-label="Run of show">
              {entries.map((entry) => (
                <RunOfShowRow
                  key={entry.demo.id}
                  entry={entry}
                  onCopyBrief={() =>
                    void copy(presenterBrief(event, entry), `Brief for ${entry.presenter}`)
                  }
                />
              ))}
            </ol>
          </SortableContext>
        </DndContext>
      )}
    </div>
  )
}

function RunOfShowRow({ entry, onCopyBrief }: { entry: RunOfShowEntry; onCopyBrief: () => void }) {
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({ id: entry.demo.id })
  return (
    <li
      ref={setNodeRef}
      className="run-row"
      data-dragging={isDragging || undefined}
      data-testid="run-of-show-row"
      style={{ transform: CSS.Transform.toString(transform), transition }}
    >
      <button
        ref={setActivatorNodeRef}
        type="button"
        className="drag-handle"
        aria-label={`Reorder “${entry.demo.title}”`}
        {...attributes}
        {...listeners}
      >
        ⋮⋮
      </button>
      <span className="run-time tabular">
        {entry.startsAt}–{entry.endsAt}
      </span>
      <span className="run-title">
        <strong>{entry.demo.title}</strong>
        <span className="muted small">{entry.presenter}</span>
      </span>
      <span className="row">
        <button type="button" className="btn btn-ghost btn-sm" onClick={onCopyBrief}>
          Copy brief
        </button>
        <DemoActions demo={entry.demo} />
      </span>
    </li>
  )
}
