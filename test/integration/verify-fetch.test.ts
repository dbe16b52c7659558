// `verify: true` against the fake DocSpace: every storage type the portal can serve, every
// broken twin through the Files route, each way a download fails, and what is never shown.
import {describe, expect, it} from 'vitest'
import {outputsOf} from '../../src/action/outputs.js'
import {STORAGE_AUTH, type ServedArchive} from '../../src/fake-docspace/archive/archive-routes.js'
import {startStorageOrigin} from '../../src/fake-docspace/archive/storage-origin.js'
import {
  archiveBytes,
  TWINS,
  twinLevel,
  type TwinName
} from '../../src/fake-docspace/archive/twins.js'
import {emptyPortal, healthyPortal} from '../../src/fake-docspace/scenarios.js'
import {renderSummary} from '../../src/render/summary.js'
import {check, everythingShown} from '../support/check-helpers.js'
import {closeServersAfterEach, NOW, startFake, TOKEN} from '../support/fake-portal.js'
import {asType, dataStore, newestName, verifyWith} from '../support/verify-helpers.js'

closeServersAfterEach()

const good = archiveBytes('good')

describe('verify: Documents and third-party documents, through the Files API', () => {
  it("finds the file titled exactly as the record in the schedule's folder and verifies it", async () => {
    const {fake, report, outputs, v, logs} = await verifyWith({bytes: good})
    expect(report.status).toBe('healthy')
    expect(v).toMatchObject({
      outcome: 'verified',
      storageType: 0,
      tables: 48,
      files: 3,
      source: expect.stringContaining('folder 1234')
    })
    const {createHash} = await import('node:crypto')
    expect(outputs).toMatchObject({
      verified: 'true',
      'verified-backup-id': report.latest!.id,
      'verified-bytes': String(good.length),
      'verified-sha256': createHash('sha256').update(good).digest('hex'),
      'verified-tables': '48',
      'verified-files': '3'
    })
    const listing = fake.requests.find(request => request.path.startsWith('/api/2.0/files/1234'))
    expect(listing?.query.filtervalue).toBe(newestName(fake.state))
    const handler = fake.requests.find(request => request.path === '/filehandler.ashx')
    expect(handler?.query).toMatchObject({action: 'download', fileid: '5678'})
    expect(handler?.headers.authorization).toBe(`Bearer ${TOKEN}`)
    expect(logs).toEqual([])
    expect(renderSummary(report)).toContain('### Restore check')
    expect(everythingShown(report)).toMatch(
      /Restore check: gzip: .* inflated, one member, CRC-32 and length ok/
    )
  })

  it('verifies a third-party documents backup (string ids) and a SaaS .tar', async () => {
    const state = asType(healthyPortal(NOW), 1, 'sbox-7-backups')
    const {v} = await verifyWith(
      {bytes: archiveBytes('saas-tar'), folderId: 'sbox-7-backups', fileId: 'sbox-7-f00d'},
      state
    )
    expect(v).toMatchObject({outcome: 'verified', storageType: 1, format: 'tar'})
  })

  it('uses verify-folder for manual backups, and says what to set when no folder is known', async () => {
    const manual = {...healthyPortal(NOW), schedule: null}
    const found = await verifyWith({bytes: good, folderId: '777'}, manual, {
      'verify-folder': '777',
      'require-schedule': 'false'
    })
    expect(found.v.outcome).toBe('verified')
    const none = await verifyWith({bytes: good}, manual, {'require-schedule': 'false'})
    expect(none.report.warnings).toContain('verify-unavailable')
    expect(none.v.message).toMatch(/set verify-folder/)
    expect(none.outputs.verified).toBe('')
    expect(none.report.status).toBe('healthy')
  })

  it.each(Object.keys(TWINS) as TwinName[])(
    'twin %s gives the verdict of its level',
    async name => {
      const {report, v, outputs} = await verifyWith(
        {bytes: archiveBytes(name)},
        name === 'dump'
          ? {...healthyPortal(NOW), dumpHistory: healthyPortal(NOW).history}
          : healthyPortal(NOW),
        name === 'dump' ? {dump: 'true'} : {}
      )
      const level = twinLevel(name)
      if (level === null) {
        expect(v.outcome).toBe('verified')
        expect(report.warnings.includes('backup-incomplete')).toBe(name === 'missing-info')
        return
      }
      expect(report.status).toBe('unhealthy')
      expect(report.reasons).toEqual([
        level === 'transport' ? 'backup-unreadable' : 'backup-corrupt'
      ])
      expect(v.check).toBe(level)
      expect(outputs).toMatchObject({
        verified: 'false',
        'verified-bytes': '',
        'verified-sha256': ''
      })
    }
  )
})

describe('verify: each way a download fails is backup-unreadable, with where and what', () => {
  it.each([
    [
      'the file is not in the folder',
      {bytes: good, title: 'other.tar.gz'},
      /no file titled ".*" in folder 1234/
    ],
    ['404 on the download', {bytes: good, status: 404}, /answered HTTP 404: the archive is gone/],
    [
      'fewer bytes than the Files entry says',
      {bytes: good, pureContentLength: good.length + 1},
      /gave \d+ bytes, the Files entry \(id 5678\) announced \d+/
    ],
    [
      'a connection cut before the end, with nothing to resume it by',
      {bytes: good, cutAfter: 100, validators: 'none'},
      /was cut after 100 bytes, before the end \(the storage gave no ETag or Last-Modified/
    ]
  ] as [string, ServedArchive, RegExp][])('%s', async (_what, archive, message) => {
    const {report, v} = await verifyWith(archive)
    expect(report.reasons).toEqual(['backup-unreadable'])
    expect(v).toMatchObject({outcome: 'unreadable', check: 'transport'})
    expect(v.message).toMatch(message)
  })

  it('more than 5 redirects', async () => {
    const loop = await verifyWith({
      bytes: good,
      redirectTo: '/filehandler.ashx?action=download&fileid=5678'
    })
    expect(loop.v.message).toMatch(/more than 5 redirects/)
    expect(loop.fake.requests.filter(request => request.path === '/filehandler.ashx')).toHaveLength(
      6
    )
  })

  it('a stalled download ends after timeout without bytes, resumed and stalled again', async () => {
    const {v, fake} = await verifyWith({bytes: good, stallAfter: 1000}, healthyPortal(NOW), {
      timeout: '1',
      retries: '1'
    })
    expect(v.outcome).toBe('unreadable')
    expect(v.message).toMatch(
      /no bytes from 127\.0\.0\.1:\d+ for 1 s, after 2000 bytes \(resumed 1 time, retries used up\)/
    )
    const downloads = fake.requests.filter(request => request.path === '/filehandler.ashx')
    expect(downloads.map(request => request.headers.range)).toEqual([undefined, 'bytes=1000-'])
  })

  it('verify-timeout in all is verify-unavailable, not a broken backup', async () => {
    const slow = {bytes: good, trickle: {bytes: 512, delayMs: 200}}
    const {report, v} = await verifyWith(slow, healthyPortal(NOW), {'verify-timeout': '1'})
    expect(report.warnings).toContain('verify-unavailable')
    expect(report.status).toBe('healthy')
    expect(v.message).toMatch(
      /verify-timeout \(1 s\) passed before the check ended, after \d+ bytes/
    )
  })
})

describe('verify: DataStore, third-party storage, Local and Custom cloud', () => {
  it("streams a DataStore backup from the latest job's link, with the token, never showing the link", async () => {
    const {fake, report, v} = await verifyWith({bytes: good}, dataStore())
    expect(v).toMatchObject({outcome: 'verified', storageType: 4})
    const download = fake.requests.find(request => request.path.startsWith('/storage/backup/root/'))
    expect(download?.headers.authorization).toBe(`Bearer ${TOKEN}`)
    expect(everythingShown(report)).not.toContain(STORAGE_AUTH.slice(14))
  })

  it('a DataStore link the storage refuses (403: expired) is verify-unavailable, the link still unshown', async () => {
    const {report, v} = await verifyWith({bytes: good, storageAuth: 'another.auth'}, dataStore())
    expect(report.reasons).toEqual([])
    expect(report.warnings).toContain('verify-unavailable')
    expect(v.message).toMatch(/answered HTTP 403: .*or the link has expired/)
    expect(everythingShown(report)).not.toContain(STORAGE_AUTH.slice(14))
  })

  it("a DataStore backup that is not the latest job's is verify-unavailable", async () => {
    const state = dataStore()
    const other = {...state, progress: state.progress && {...state.progress, taskId: 'another-job'}}
    const {v, report} = await verifyWith({bytes: good}, other)
    expect(report.warnings).toContain('verify-unavailable')
    expect(v.message).toMatch(/only through the latest backup job's link/)
  })

  it('follows a redirect to another origin without the token (an S3-backed file store)', async () => {
    const storage = await startStorageOrigin()
    try {
      storage.objects.set('archive.tar.gz', {bytes: good})
      const {v} = await verifyWith({
        bytes: good,
        redirectTo: storage.presigned('archive.tar.gz', {writtenAsHttp: true})
      })
      expect(v.outcome).toBe('verified')
      expect(storage.requests).toHaveLength(1)
      expect(storage.requests[0].headers.authorization).toBeUndefined()
      expect(JSON.stringify(v)).not.toContain('X-Amz-Signature')
    } finally {
      await storage.close()
    }
  })

  it.each([
    [3, /Local backup is on the server's disk.*verify-file PATH/],
    [2, /Custom cloud backup cannot be fetched.*verify-file PATH/]
  ])('storage type %i is verify-unavailable, pointing at verify-file', async (type, message) => {
    const {v, report, outputs} = await verifyWith(undefined, asType(healthyPortal(NOW), type))
    expect(report.warnings).toContain('verify-unavailable')
    expect(v.message).toMatch(message)
    expect(outputs.verified).toBe('')
  })

  it('with no usable backup, there is nothing to verify, and the summary says so', async () => {
    const {report} = await verifyWith(undefined, emptyPortal(NOW))
    expect(report.verification?.outcome).toBe('nothing')
    expect(renderSummary(report)).toContain('Nothing to verify')
  })

  it('without verify, no verification, and empty outputs', async () => {
    const fake = await startFake({archive: {bytes: good}})
    const {report} = await check(fake)
    expect(report.verification).toBeUndefined()
    expect(outputsOf(report).verified).toBe('')
    expect(fake.requests.some(request => request.path === '/filehandler.ashx')).toBe(false)
  })
})
