/** Page object for the import preview's value table (who is coming, by each answer). */
import type { Locator } from '@playwright/test'
import type { ImportDialog } from './import-dialog'

export class StatusValues {
  readonly section: Locator

  constructor(importer: ImportDialog) {
    this.section = importer.dialog.getByRole('region', { name: 'Status answers' })
  }

  table(): Locator {
    return this.section.getByRole('table')
  }

  /** One answer's row: its value, rows and reading. */
  row(answer: string): Locator {
    return this.section
      .getByTestId('status-value')
      .filter({ has: this.section.page().getByRole('cell', { name: answer, exact: true }) })
  }

  reading(answer: string): Locator {
    return this.section.getByLabel(`Reading of ${answer}`, { exact: true })
  }

  warning(): Locator {
    return this.section.getByTestId('status-values-warning')
  }
}
