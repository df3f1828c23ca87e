/**
 * The one route table (issue 16, "the renderer's house"): each screen is one row, and the route
 * type, the URL-hash parser and printer (route-hash.ts), the sidebar (Sidebar.tsx) and the page
 * switch (App.tsx) are all derived from it. A new screen is one page file and one row here.
 *
 * A row: `path` with `:param` segments (each becomes a string field of the route and a prop of
 * the page), optional `query` parsers (an optional field each, not passed to the page), `nav` for
 * a sidebar entry, and `section` for a screen the sidebar shows under another's entry.
 */
import type { ComponentType } from 'react'
import { JOURNEY_STAGES, type JourneyStage } from '../../../shared/metrics/journey-funnel'
import { PeoplePage } from '../features/attendees/people/PeoplePage'
import { PersonPage } from '../features/attendees/people/PersonPage'
import { DiagnosticPage } from '../features/devrel/DiagnosticPage'
import { FeedbackPage } from '../features/devrel/FeedbackPage'
import { EventPage } from '../features/events/EventPage'
import { EventsPage } from '../features/events/EventsPage'
import { PipelinePage } from '../features/pipeline/PipelinePage'
import { MetricsPage } from '../features/review/MetricsPage'
import { ReviewPage } from '../features/review/ReviewPage'
import { HomePage } from '../features/workspace/HomePage'
import { SettingsPage } from '../features/workspace/SettingsPage'

/** The names of a path's `:param` segments: 'events/:eventId' → 'eventId'. */
type ParamNames<Path extends string> = Path extends `${string}:${infer Param}/${infer Rest}`
  ? Param | ParamNames<Rest>
  : Path extends `${string}:${infer Param}`
    ? Param
    : never
export type PathParams<Path extends string> = { [Name in ParamNames<Path>]: string }

interface RouteRow<Path extends string, Query extends QueryParsers> {
  path: Path
  page: ComponentType<PathParams<Path>>
  query?: Query
  /** The sidebar entry's label, in table order: only for a screen without path params. */
  nav?: ParamNames<Path> extends never ? string : never
  /** The sidebar entry that is current on this screen (a detail screen under its list). */
  section?: string
}
type QueryParsers = Record<string, (value: string | null) => unknown>

/** Keeps each row's path and query types, and checks its page takes the path's params. */
function row<Path extends string, Query extends QueryParsers = Record<never, never>>(
  definition: RouteRow<Path, Query>,
): RouteRow<Path, Query> {
  return definition
}

function journeyStage(value: string | null): JourneyStage | undefined {
  return (JOURNEY_STAGES as readonly (string | null)[]).includes(value)
    ? (value as JourneyStage)
    : undefined
}

export const ROUTES = {
  home: row({ path: '', page: HomePage, nav: 'Home' }),
  events: row({ path: 'events', page: EventsPage, nav: 'Events' }),
  event: row({ path: 'events/:eventId', page: EventPage, section: 'events' }),
  people: row({
    path: 'people',
    page: PeoplePage,
    nav: 'People',
    /** `stage`: only the people at that stage of the developer journey (from the metrics funnel). */
    query: { stage: journeyStage },
  }),
  person: row({ path: 'people/:personId', page: PersonPage, section: 'people' }),
  pipeline: row({ path: 'pipeline', page: PipelinePage, nav: 'Pipeline' }),
  metrics: row({ path: 'metrics', page: MetricsPage, nav: 'Metrics' }),
  review: row({ path: 'review', page: ReviewPage, nav: 'Review' }),
  feedback: row({ path: 'feedback', page: FeedbackPage, nav: 'Feedback loop' }),
  diagnostic: row({ path: 'diagnostic', page: DiagnosticPage, nav: 'Diagnostic' }),
  settings: row({ path: 'settings', page: SettingsPage, nav: 'Settings' }),
}

type Table = typeof ROUTES
export type RouteName = keyof Table
type QueryOf<Name extends RouteName> =
  Table[Name] extends RouteRow<string, infer Query>
    ? { [Key in keyof Query]?: Exclude<ReturnType<Query[Key]>, undefined> }
    : never
type PathOf<Name extends RouteName> =
  Table[Name] extends RouteRow<infer Path, QueryParsers> ? Path : never
type Flat<T> = { [Key in keyof T]: T[Key] }

/** A screen and its parameters, derived from the table: `{ name: 'event', eventId: 'e1' }`. */
export type TableRoute = {
  [Name in RouteName]: Flat<{ name: Name } & PathParams<PathOf<Name>> & QueryOf<Name>>
}[RouteName]

export const ROUTE_NAMES = Object.keys(ROUTES) as RouteName[]

/** The sidebar: the rows with a `nav` label, in table order, each with the screens it covers. */
export const NAV_ITEMS: { label: string; route: TableRoute; covers: RouteName[] }[] =
  ROUTE_NAMES.flatMap((name) => {
    const { nav } = ROUTES[name] as { nav?: string }
    if (nav === undefined) return []
    const covers = ROUTE_NAMES.filter(
      (other) => other === name || (ROUTES[other] as { section?: string }).section === name,
    )
    // A row with a sidebar entry has no path params (the row type says so), so its name is a route.
    return [{ label: nav, route: { name } as TableRoute, covers }]
  })
