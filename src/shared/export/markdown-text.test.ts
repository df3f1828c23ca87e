import { describe, expect, it } from 'vitest'
import { markdownText } from './markdown-text'

describe('markdownText', () => {
  it.each([
    ['Plain words stay', 'Plain words stay'],
    ['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)\\>'],
    ['[click](https://evil.example)', '\\[click\\](https://evil.example)'],
    ['Tom & Jerry', 'Tom \\& Jerry'],
    ['already \\<escaped', 'already \\\\\\<escaped'],
    ['- a note\n- another', '- a note\n- another'],
  ])('%j → %j', (input, expected) => {
    expect(markdownText(input)).toBe(expected)
  })
})
