import { describe, expect, it } from 'vitest'
import { MAX_IMPORT_BYTES } from '../../../../../shared/import/file-limits'
import { createImportReader } from './import-reader'

describe('createImportReader', () => {
  it('refuses a file past the size limit without reading it', async () => {
    // Only the size is real: reading this file would throw, and the limit must come first.
    const file = {
      name: 'huge.csv',
      size: MAX_IMPORT_BYTES + 1,
      stream: () => {
        throw new Error('the file was read')
      },
    } as unknown as File
    const outcome = await createImportReader().read(file, {}, () => undefined)
    expect(outcome).toEqual({
      ok: false,
      reason:
        'is 64.1 MB, larger than the 64 MB an attendee file can be — split the export (for example by ticket type or date) and import the parts',
    })
  })
})
