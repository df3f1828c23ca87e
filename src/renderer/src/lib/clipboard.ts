/**
 * Copies text for pasting into chat or e-mail. The async Clipboard API first; where it is refused
 * (no permission, no focus), a selected hidden textarea and the copy command, which need neither.
 */
export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text)
    return
  } catch {
    // Fall through to the selection-based copy.
  }
  const area = document.createElement('textarea')
  area.value = text
  area.setAttribute('readonly', '')
  area.className = 'visually-hidden'
  document.body.append(area)
  area.select()
  const copied = document.execCommand('copy')
  area.remove()
  if (!copied) throw new Error('The clipboard is not available; select the text and copy it.')
}
