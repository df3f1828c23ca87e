import { describe, expect, it } from 'vitest'
import {
  isAllowedExternalUrl,
  isPresenterDisplayUrl,
  isTrustedSenderUrl,
  presenterScreen,
} from './trusted-origins'

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

describe('isPresenterDisplayUrl', () => {
  it.each([
    ['file:///opt/DevRel%20OS/out/renderer/index.html#/display', built, true],
    ['http://localhost:5173/#/display', dev, true],
    // Another route of the app, another file, a query, another host or port: refused.
    ['file:///opt/DevRel%20OS/out/renderer/index.html#/events', built, false],
    ['file:///opt/DevRel%20OS/out/renderer/index.html', built, false],
    ['file:///opt/DevRel%20OS/out/renderer/index.html#/display/x', built, false],
    ['file:///opt/DevRel%20OS/out/renderer/index.html?x=1#/display', built, false],
    ['file:///opt/DevRel%20OS/out/renderer/other.html#/display', built, false],
    ['file:///tmp/evil.html#/display', built, false],
    ['file://evil-host/opt/DevRel%20OS/out/renderer/index.html#/display', built, false],
    ['http://localhost:5173/#/display', built, false],
    ['https://lu.ma/#/display', built, false],
    ['http://localhost:5174/#/display', dev, false],
    ['http://localhost:5173/evil.html#/display', dev, false],
    ['http://user:pw@localhost:5173/#/display', dev, false],
    ['file:///opt/DevRel%20OS/out/renderer/index.html#/display', dev, false],
    ['javascript:alert(1)//#/display', built, false],
    ['not a url', built, false],
  ])('%s → %s', (url, location, expected) => {
    expect(isPresenterDisplayUrl(url, location)).toBe(expected)
  })
})

describe('presenterScreen', () => {
  const laptop = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 } }
  const projector = { id: 2, bounds: { x: 1440, y: 0, width: 1920, height: 1080 } }

  it('is another screen than the app’s, whichever the app is on', () => {
    expect(presenterScreen([laptop, projector], 1)).toBe(projector)
    expect(presenterScreen([laptop, projector], 2)).toBe(laptop)
  })

  it('is none when there is one screen', () => {
    expect(presenterScreen([laptop], 1)).toBeNull()
  })
})
