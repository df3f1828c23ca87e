/** What other features may use of the pulse feature: the cards the event, metrics, pipeline and feedback screens compose. */
export { NightPulseCard } from './NightPulseCard'
export { PulseSection } from './PulseSection'
export { QuietTalkers } from './QuietTalkers'
export { RecurringQuestions } from './RecurringQuestions'
export { usePulse } from './use-pulse'
export { RetroPulse } from './RetroPulse'
