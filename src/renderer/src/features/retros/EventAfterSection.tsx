/** Placeholder slot; the feature replaces it. */
export function EventAfterSection(_props: { eventId: string }) {
  return null
}
