/** What other features may use of the attendees feature: the event page's import and name-match lists. */
export { EventImportsList } from './import/EventImportsList'
export { EventNightLinks } from './import/EventNightLinks'
