/** What other features may use of the events feature: cards, badges and selectors pages compose. */
export { EventBuilders } from './EventBuilders'
export { EventStatusBadge, statusLabel } from './EventStatusBadge'
export { NewEventButton } from './NewEventButton'
export { selectPartitionedEvents } from './event-selectors'
