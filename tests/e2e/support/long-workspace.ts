/**
 * A workspace built to stress the layout: the sample chapter with long event titles and venues,
 * long person names and e-mails, long tags, nine pipeline columns with long names and long
 * friction-cluster names. Written into the test's data folder before the app opens it.
 */
import { buildSampleWorkspace } from '../../../src/shared/sample/sample-workspace'
import type { WorkspaceFiles } from '../../../src/shared/schema/workspace'

const LONG_TITLE =
  'An extraordinarily long evening title about retrieval-augmented generation, evaluation harnesses and agents'
const LONG_VENUE = 'Gewerbehof an der Alten Spinnerei, Hinterhaus, Aufgang C, vierter Stock'
const LONG_SURNAMES = [
  'von Hohenzollern-Sigmaringen-Weißenfels',
  'Papadopoulou-Schwarzenberger',
  'Wolfeschlegelsteinhausenbergerdorff',
  'Oyelaran-Montgomery-Castellanos',
]
const EXTRA_COLUMNS = [
  'Invited to a lightning talk, waiting for an answer',
  'Said yes to a demo but has not picked a date yet',
  'Demoed once and asked to come back with a sequel',
  'Co-organizer candidates for the autumn season',
]

/** The sample workspace (as of `now`) made long in every direction that a screen shows. */
export function buildLongWorkspace(now: Date): WorkspaceFiles {
  const files = buildSampleWorkspace(now)
  const events = files.events.events.map((event, index) => ({
    ...event,
    title: `${LONG_TITLE} #${index + 1}`.slice(0, 200),
    venue: LONG_VENUE,
    city: 'Berlin-Friedrichshain-Kreuzberg',
  }))
  const people = files.people.people.map((person, index) => ({
    ...person,
    name: `${person.name} ${LONG_SURNAMES[index % LONG_SURNAMES.length]}`,
    emails: person.emails.map((email) =>
      email.replace('@', '.with.a.very.long.local.part.for.testing@'),
    ),
    tags: person.tags.length > 0 ? [...person.tags, 'speaks-at-conferences-internationally'] : [],
  }))
  const columns = [
    ...files.board.board.columns.map((column) => ({
      ...column,
      name: `${column.name} (this column has a long name)`.slice(0, 80),
    })),
    ...EXTRA_COLUMNS.map((name, index) => ({
      id: `extra-column-${index}`,
      name,
      kind: 'path' as const,
      isArchived: false,
      cardIds: [],
    })),
  ]
  const clusters = files.reviews.clusters.map((cluster) => ({
    ...cluster,
    problem:
      `${cluster.problem}: and the longer story of why it keeps happening at every single night`.slice(
        0,
        300,
      ),
  }))
  return {
    ...files,
    events: { ...files.events, events },
    people: { ...files.people, people },
    board: { board: { ...files.board.board, columns } },
    reviews: { ...files.reviews, clusters },
  }
}

/** Writes the long workspace into `directory`, as if the organizer had used the app that long. */
export async function writeLongWorkspace(directory: string, now = new Date()): Promise<void> {
  // Imported lazily, after the desktop fixture has put its Electron stub in place.
  const { openWorkspace } = await import('../../../src/main/persistence/workspace-repository')
  const { repository } = openWorkspace({ directory })
  repository.replaceAll(buildLongWorkspace(now), 'test-long-workspace')
}
