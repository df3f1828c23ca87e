/** Words and times as the pulse's screens show them. */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** `5 Mar 2024, 21:40`: an instant in the viewer's zone, or a phone's wall clock as written. */
export function formatChatTime(at: string): string {
  const isWall = !at.endsWith('Z')
  const date = isWall ? new Date(`${at.slice(0, 19)}`) : new Date(at)
  if (!Number.isFinite(date.getTime())) return at
  const pad = (value: number): string => String(value).padStart(2, '0')
  return `${date.getDate()} ${MONTHS[date.getMonth()] ?? ''} ${date.getFullYear()}, ${pad(date.getHours())}:${pad(date.getMinutes())}`
}

/** `5 Mar` from `2024-03-04` (a week's Monday) or an instant. */
export function formatDay(at: string): string {
  const date = new Date(at.length === 10 ? `${at}T12:00:00` : at)
  return `${date.getDate()} ${MONTHS[date.getMonth()] ?? ''}`
}
