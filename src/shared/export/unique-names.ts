/**
 * File names made distinct within one export: two retros of same-titled nights on the same day
 * would otherwise write the same file, and the second would silently replace the first.
 */
export function uniqueFileNames(names: readonly string[]): string[] {
  const taken = new Set<string>()
  return names.map((name) => {
    const dot = name.lastIndexOf('.')
    const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, '']
    let candidate = name
    // Compared case-insensitively: macOS and Windows file systems treat A.md and a.md as one file.
    for (let n = 2; taken.has(candidate.toLowerCase()); n += 1)
      candidate = `${stem}-${n}${extension}`
    taken.add(candidate.toLowerCase())
    return candidate
  })
}
