/** "Show all N" / "Show fewer" under a list cut to its first few; nothing when all fit. */
export function ShowAllToggle({
  total,
  limit,
  isShowingAll,
  onToggle,
}: {
  total: number
  limit: number
  isShowingAll: boolean
  onToggle: () => void
}) {
  if (total <= limit) return null
  return (
    <button type="button" className="link-button small" onClick={onToggle}>
      {isShowingAll ? 'Show fewer' : `Show all ${total}`}
    </button>
  )
}
