import { describe, expect, it } from 'vitest'
import { isAllowedExternalUrl, isTrustedSenderUrl } from './trusted-origins'

const built = {
  devServerUrl: undefined,
  rendererFileUrl: 'file:///opt/DevRel%20OS/out/renderer/index.html',
}
const dev = { devServerUrl: 'http://localhost:5173', rendererFileUrl: built.rendererFileUrl }

describe('isTrustedSenderUrl', () => {
  it.each([
    ['file:///opt/DevRel%20OS/out/renderer/index.html', built, true],
    ['file:///opt/DevRel%20OS/out/renderer/index.html#/events', built, true],
    ['file:///tmp/evil.html', built, false],
    ['https://example.com/', built, false],
    ['http://localhost:5173/', built, false],
    ['http://localhost:5173/', dev, true],
    ['http://localhost:5174/', dev, false],
    [undefined, built, false],
    ['not a url', built, false],
  ])('%s → %s', (url, location, expected) => {
    expect(isTrustedSenderUrl(url, location)).toBe(expected)
  })
})

describe('isAllowedExternalUrl', () => {
  it.each([
    ['https://lu.ma/ai-demo-night', true],
    ['https://www.meetup.com/berlin-ai/', true],
    ['http://lu.ma/ai-demo-night', false],
    ['https://evil.example/', false],
    ['https://lu.ma.evil.example/', false],
    ['https://user:pw@lu.ma/', false],
    ['javascript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['', false],
  ])('%s → %s', (url, expected) => {
    expect(isAllowedExternalUrl(url)).toBe(expected)
  })
})
