/** Placeholder slot; the feature replaces it. */
export function ImportDialogHost() {
  return null
}
