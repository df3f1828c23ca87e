/**
 * The door crash test's child (see door-crash.test.ts): opens the workspace in argv[2] the way the
 * app starts and checks tonight's guests in at the door through the real handler, one after the
 * other, until the parent kills it. The first run lays out tonight's list. It prints
 * `confirmed <registration id>` once a check-in's handler has returned (stdout to a pipe is
 * synchronous on Linux, so a printed line was written before the next check-in began).
 */
import { bootWorkspace } from '../boot-workspace'
import { makeEvent, makePerson, makeRegistration } from '../../shared/testing/factories'

export const DOOR_CRASH_EVENT = 'tonight'
export const DOOR_CRASH_GUESTS = 400

const [directory] = process.argv.slice(2)
if (directory === undefined) throw new Error('usage: door-crash-child <workspace directory>')
const { repository, handlers } = bootWorkspace({ directory })
if (repository.read('events').events.length === 0) {
  const guests = Array.from({ length: DOOR_CRASH_GUESTS }, (_, index) => index)
  repository.write('events', {
    events: [makeEvent({ id: DOOR_CRASH_EVENT, title: 'Demo Night #14' })],
    demos: [],
  })
  repository.write('people', {
    ...repository.read('people'),
    people: guests.map((index) => makePerson(`p-${index}`, { name: `Guest ${index}` })),
  })
  repository.write('registrations', {
    ...repository.read('registrations'),
    registrations: guests.map((index) =>
      makeRegistration({
        id: `r-${index}`,
        eventId: DOOR_CRASH_EVENT,
        personId: `p-${index}`,
        status: 'going',
        attendance: 'unknown',
      }),
    ),
  })
}
process.stdout.write('ready\n')
const waiting = repository
  .read('registrations')
  .registrations.filter((registration) => registration.attendance !== 'checked-in')
for (const registration of waiting) {
  handlers['door:check-in']({
    eventId: DOOR_CRASH_EVENT,
    registrationId: registration.id,
    method: 'typed',
    reason: '',
  })
  process.stdout.write(`confirmed ${registration.id}\n`)
}
process.stdout.write('all-in\n')
// Everyone is in: wait for the kill, as an app left open does.
setInterval(() => undefined, 1000)
