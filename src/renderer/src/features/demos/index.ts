/** What other features may use of the demos feature: the event page's demo cards and gate. */
export { AnnounceGatePanel } from './AnnounceGatePanel'
export { DemoSlotsCard } from './DemoSlotsCard'
export { OverrideDialog } from './OverrideDialog'
export { useAnnounceGate } from './use-announce-gate'
