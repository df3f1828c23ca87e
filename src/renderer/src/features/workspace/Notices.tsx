import { useAppStore } from '../../app/store-context'

/** Messages from main that must not go unseen, such as a file restored from a backup. */
export function Notices() {
  const notices = useAppStore((state) => state.notices)
  const dismiss = useAppStore((state) => state.dismissNotice)
  if (notices.length === 0) return null
  return (
    <div className="notices stack">
      {notices.map((notice) => (
        <div
          key={notice.id}
          className={`callout callout-${notice.level}`}
          role="alert"
          data-testid="notice"
        >
          <div className="grow stack" style={{ gap: 2 }}>
            <strong>{notice.title}</strong>
            <span className="small">{notice.detail}</span>
          </div>
          <button type="button" className="btn btn-sm btn-ghost" onClick={() => dismiss(notice.id)}>
            Dismiss
          </button>
        </div>
      ))}
    </div>
  )
}
