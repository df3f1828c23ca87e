/**
 * The disk-full test's child (see disk-full.test.ts), run under `ulimit -f` so that every file it
 * writes is cut at the limit (the kernel returns a short write, then EFBIG): opens the workspace
 * in argv[2] as the app starts, makes the change argv[3] names, and prints one JSON line with what
 * the change returned: `{ ok: true }` or `{ ok: false, name, message }`.
 */
import { bootWorkspace } from '../boot-workspace'
import { diskFullWorkload, type DiskFullChange } from './disk-full-workload'

const [directory, change] = process.argv.slice(2)
if (directory === undefined || !(change !== undefined && change in diskFullWorkload)) {
  throw new Error('usage: disk-full-child <workspace directory> <change>')
}
const { repository } = bootWorkspace({ directory })
try {
  diskFullWorkload[change as DiskFullChange](repository)
  process.stdout.write(`${JSON.stringify({ ok: true })}\n`)
} catch (error) {
  const { name, message } = error instanceof Error ? error : new Error(String(error))
  process.stdout.write(`${JSON.stringify({ ok: false, name, message })}\n`)
}
