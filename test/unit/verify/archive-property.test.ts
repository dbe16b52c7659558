// A property over a good archive, at random offsets: no truncation and no single-byte change of
// a header, the gzip trailer or a DocSpace document is ever `verified`.
//
// - As served (`.tar.gz`): gzip's CRC-32 and length cover every byte of the tar, so a change
//   anywhere (a tar header, a document, a stored file, the trailer) must fail, unless the bytes
//   still inflate to the very same tar: gzip's MTIME, XFL and OS header bytes, which nothing
//   protects (gzip -t accepts them too), or spare bits of the last deflate byte. Such a change is
//   verified with another SHA-256, which is how a later run notices it.
// - As the SaaS `.tar` (no gzip): every header is covered by its checksum, so a change there
//   must fail unless it writes the checksum's own number another way (a leading zero as a space,
//   its NUL as a space). A change inside a stored file's content is not judged by any level: it
//   is verified, and only its SHA-256 differs. A cut before the end-of-archive marker ends must
//   fail; a cut in the zero padding after it leaves every entry whole and is verified.
import fc from 'fast-check'
import {createHash} from 'node:crypto'
import {gunzipSync} from 'node:zlib'
import {describe, expect, it} from 'vitest'
import {archiveBytes} from '../../../src/fake-docspace/archive/twins.js'
import {ArchiveCheck} from '../../../src/verify/archive-check.js'
import {VerifyFailure} from '../../../src/verify/failure.js'

const RUNS = {numRuns: 250}

async function verdict(bytes: Buffer): Promise<{verified: boolean; sha256?: string}> {
  const checker = new ArchiveCheck(null)
  for (let at = 0; at < bytes.length && !checker.decided; at += 16 * 1024)
    await checker.write(bytes.subarray(at, at + 16 * 1024))
  try {
    return {verified: true, sha256: (await checker.end()).sha256}
  } catch (error) {
    if (error instanceof VerifyFailure) return {verified: false}
    throw error
  }
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')
const changed = (bytes: Buffer, at: number, mask: number) => {
  const copy = Buffer.from(bytes)
  copy[at] ^= mask
  return copy
}

/** Where each 512-byte header block of the project's tar is, and where its data is. */
function layout(tar: Buffer) {
  const headers: number[] = []
  const contents: [number, number][] = []
  let at = 0
  while (tar.subarray(at, at + 512).some(byte => byte !== 0)) {
    headers.push(at)
    const size = parseInt(tar.toString('latin1', at + 124, at + 135), 8)
    const name = tar.toString('utf8', at, at + 100).replace(/\0.*$/s, '')
    if (name.startsWith('files/') && size > 0) contents.push([at + 512, at + 512 + size])
    at += 512 + Math.ceil(size / 512) * 512
  }
  return {headers: [...headers, at, at + 512], contents, markerEnd: at + 1024}
}

describe('archive property', () => {
  const gz = archiveBytes('good')
  const tar = gunzipSync(gz)
  const saas = archiveBytes('saas-tar')
  const saasLayout = layout(saas)

  it('the .tar.gz: no cut at any offset is verified', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({min: 0, max: gz.length - 1}), async length => {
        expect((await verdict(gz.subarray(0, length))).verified).toBe(false)
      }),
      RUNS
    )
  })

  it('the .tar.gz: a changed byte is verified only when the tar it holds is the same', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({min: 0, max: gz.length - 1}),
        fc.integer({min: 1, max: 255}),
        async (at, mask) => {
          const bytes = changed(gz, at, mask)
          const result = await verdict(bytes)
          if (!result.verified) return
          expect(gunzipSync(bytes).equals(tar)).toBe(true)
          expect(result.sha256).toBe(sha256(bytes))
          expect(result.sha256).not.toBe(sha256(gz))
        }
      ),
      RUNS
    )
    // The trailer, every byte of it, is always caught.
    for (let at = gz.length - 8; at < gz.length; at++)
      expect((await verdict(changed(gz, at, 0x01))).verified).toBe(false)
  })

  it('the .tar: no cut before the end marker ends is verified; one in its padding is', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({min: 0, max: saas.length - 1}), async length => {
        const {verified} = await verdict(saas.subarray(0, length))
        expect(verified).toBe(length >= saasLayout.markerEnd)
      }),
      RUNS
    )
  })

  it('the .tar: a changed header byte is never verified but for the checksum written another way', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...saasLayout.headers),
        fc.integer({min: 0, max: 511}),
        fc.integer({min: 1, max: 255}),
        async (block, offset, mask) => {
          const {verified} = await verdict(changed(saas, block + offset, mask))
          if (verified) expect(offset >= 148 && offset < 156).toBe(true)
        }
      ),
      RUNS
    )
  })

  it("the .tar: a changed byte of a stored file's content only changes the SHA-256", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...saasLayout.contents),
        fc.nat(),
        fc.integer({min: 1, max: 255}),
        async ([start, end], pick, mask) => {
          const bytes = changed(saas, start + (pick % (end - start)), mask)
          expect(await verdict(bytes)).toEqual({verified: true, sha256: sha256(bytes)})
        }
      ),
      RUNS
    )
  })
})
