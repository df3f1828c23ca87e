/** Resolves `electron` to the test stub for the rest of this process. */
export function redirectElectronToStub(): void
