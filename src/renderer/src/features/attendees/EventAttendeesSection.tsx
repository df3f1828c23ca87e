/** Placeholder slot; the feature replaces it. */
export function EventAttendeesSection(_props: { eventId: string }) {
  return null
}
