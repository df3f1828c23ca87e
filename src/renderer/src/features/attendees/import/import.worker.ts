/**
 * The import worker: parsing a 200,000-row export takes seconds, and on the UI thread the window
 * would freeze. Shipped as our own file because the strict CSP (worker-src 'self') blocks the
 * blob: worker papaparse would otherwise create.
 */
import type { FromWorker, ToWorker } from './import-protocol'
import { createImportWork } from './import-work'

const work = createImportWork((message: FromWorker) => globalThis.postMessage(message))
globalThis.onmessage = (event: MessageEvent<ToWorker>) => work(event.data)
