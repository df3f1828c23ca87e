/**
 * The crash test's child (see crash-safety.test.ts): opens the workspace in argv[2] the way the app
 * starts, then changes it without end from sequence number argv[3] until the parent kills it:
 * argv[4] `edit` writes one file at a time, `replace` replaces the whole workspace (as a restore
 * does). It prints `writing N` before and `confirmed N` after each change, and the same around the
 * periodic backup, so the parent knows what had returned when the kill came. stdout to a pipe is
 * synchronous on Linux, so a printed line was written before the next step began.
 */
import { bootWorkspace } from '../boot-workspace'
import { applyReplace, applyWrite } from './crash-safety-workload'

const [directory, first, mode] = process.argv.slice(2)
if (directory === undefined || first === undefined || (mode !== 'edit' && mode !== 'replace')) {
  throw new Error('usage: crash-safety-child <workspace directory> <first number> edit|replace')
}
const change = mode === 'edit' ? applyWrite : applyReplace
const { repository } = bootWorkspace({ directory })
process.stdout.write('ready\n')
for (let n = Number(first); ; n += 1) {
  process.stdout.write(`writing ${n}\n`)
  change(repository, n)
  process.stdout.write(`confirmed ${n}\n`)
  if (n % 25 === 0) {
    process.stdout.write('backing-up\n')
    repository.backupIfChanged()
    process.stdout.write('backed-up\n')
  }
}
