import type { Event } from '../../../../shared/domain/schemas'
import { retroSummaryMarkdown } from '../../../../shared/retros/retro-summary'
import { useAppStore, useAppStoreApi } from '../../app/store-context'
import { copyText } from '../../lib/clipboard'
import { downloadText, slug } from '../../lib/download'

/**
 * Copy, export and print the retro. The summary reads the workspace when clicked, not on every
 * render, so these buttons do not subscribe to people and registrations.
 */
export function RetroExportActions({ event, now }: { event: Event; now: Date }) {
  const store = useAppStoreApi()
  const showToast = useAppStore((state) => state.showToast)
  const exportRetroPdf = useAppStore((state) => state.exportRetroPdf)
  const exportAllRetros = useAppStore((state) => state.exportAllRetros)
  const failed = (error: Error) => showToast(error.message, { tone: 'error' })
  const markdown = () => {
    const state = store.getState()
    return retroSummaryMarkdown({
      event,
      events: state.events,
      registrations: state.registrations,
      people: state.people,
      demos: state.demos,
      journal: {
        retros: state.retros,
        followUps: state.followUps,
        intros: state.intros,
        checkIns: state.checkIns,
        doorLog: state.doorLog,
        stageLog: state.stageLog,
      },
      now,
    })
  }
  return (
    <div className="row">
      <button
        type="button"
        className="btn btn-sm"
        onClick={() =>
          void copyText(markdown())
            .then(() => showToast('Retro summary copied'))
            .catch(failed)
        }
      >
        Copy summary
      </button>
      <button
        type="button"
        className="btn btn-sm"
        onClick={() =>
          downloadText(`retro-${slug(event.title)}.md`, markdown(), 'text/markdown;charset=utf-8')
        }
      >
        Export .md
      </button>
      <button
        type="button"
        className="btn btn-sm"
        onClick={() => void exportRetroPdf(event.id).catch(failed)}
      >
        Save PDF
      </button>
      <button
        type="button"
        className="btn btn-ghost btn-sm"
        onClick={() => void exportAllRetros().catch(failed)}
      >
        Export all retros…
      </button>
    </div>
  )
}
