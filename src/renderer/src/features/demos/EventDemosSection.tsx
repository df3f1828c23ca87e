/** Placeholder slot; the feature replaces it. */
export function EventDemosSection(_props: { eventId: string }) {
  return null
}
