/**
 * Text typed by people, or read from a ticketing export, made inert in Markdown: a Markdown
 * viewer renders raw HTML and links, so `<`, `>`, `&`, `[` and `]` are backslash-escaped
 * (CommonMark shows them as themselves), and so is the backslash, so an escape cannot be undone
 * from inside the text. Line breaks and list dashes are kept: retros are written as notes.
 */
export function markdownText(text: string): string {
  return text.replace(/[\\<>&[\]]/g, (character) => `\\${character}`)
}
