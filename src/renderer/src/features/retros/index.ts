/** What other features may use of the retros feature: the cards the event, person and home pages compose. */
export { CheckInCard } from './CheckInCard'
export { FollowUpsCard } from './FollowUpsCard'
export { PersonJournalCard } from './PersonJournalCard'
export { RetroCard } from './RetroCard'
export { RetroDueBanner } from './RetroDueBanner'
