/** What other features may use of the pipeline feature: the card a person's page shows. */
export { PersonPipelineCard } from './PersonPipelineCard'
