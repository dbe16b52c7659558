// The generated archive and its twins judged by tools no one here wrote: GNU gzip and tar, and
// Python's zlib and XML parser for what those two cannot see.
import {execFileSync, spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {archiveBytes, type TwinName} from '../../src/fake-docspace/archive/twins.js'

const dir = mkdtempSync(path.join(tmpdir(), 'docspace-twins-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

function file(name: TwinName): string {
  const at = path.join(dir, name)
  writeFileSync(at, archiveBytes(name))
  return at
}
const ok = (command: string, ...args: string[]) =>
  spawnSync(command, args, {encoding: 'utf8'}).status === 0
const list = (at: string, gz = true) =>
  execFileSync('tar', [gz ? '-tzf' : '-tf', at], {encoding: 'utf8'}).split('\n')
const extract = (at: string, entry: string) =>
  execFileSync('tar', ['-xzOf', at, entry], {encoding: 'utf8'})
/** Python counts the elements named `local` (any namespace) in an XML document. */
function countElements(xml: string, local: string): number {
  const script = `import sys, xml.etree.ElementTree as E\nr = E.fromstring(sys.stdin.buffer.read())\nprint(sum(1 for e in r.iter() if e.tag.split('}')[-1] == '${local}'))`
  return Number(execFileSync('python3', ['-c', script], {input: xml.replace(/^\uFEFF/, '')}))
}

describe('fixtures, judged by GNU gzip and tar', () => {
  it("the good archive passes gzip -t and tar -tzf, with the writer's entries", () => {
    const at = file('good')
    expect(ok('gzip', '-t', at)).toBe(true)
    const names = list(at)
    expect(names).toContain('databases/core/tenants_tenants')
    expect(names.filter(name => name.startsWith('databases/'))).toHaveLength(48)
    expect(names.at(-2)).toBe('storage/restore_info')
    expect(countElements(extract(at, 'databases/core/tenants_tenants'), 'tenants_tenants')).toBe(1)
  })

  it('the whole variants (SaaS .tar, long names, base-256 sizes, missing_info, dump) pass tar', () => {
    expect(ok('gzip', '-t', file('saas-tar'))).toBe(false)
    expect(list(file('saas-tar'), false)).toContain(
      `room_logos/logos/${'room_'.repeat(20)}logo.png`
    )
    expect(list(file('long-names'))).toContain(`room_logos/logos/${'room_'.repeat(20)}logo.png`)
    const verbose = execFileSync('tar', ['-tvzf', file('base256-sizes')], {encoding: 'utf8'})
    expect(verbose).toMatch(/ 5 .* files\/folder_1000\/file_1\/v1\/content.xlsx/)
    expect(list(file('missing-info'))).toContain('storage/missing_info')
    expect(extract(file('dump'), 'dump')).toBe('True')
  })

  it.each(['truncated', 'flipped', 'trailing-bytes', 'html', 'empty'] as TwinName[])(
    '%s fails gzip -t',
    name => {
      expect(ok('gzip', '-t', file(name))).toBe(false)
    }
  )

  it('second-member: gzip accepts two members by design; Python zlib shows the bytes after the first', () => {
    const at = file('second-member')
    expect(ok('gzip', '-t', at)).toBe(true)
    const script =
      'import sys, zlib\nd = zlib.decompressobj(31)\nd.decompress(open(sys.argv[1], "rb").read())\nprint(len(d.unused_data))'
    expect(Number(execFileSync('python3', ['-c', script, at]))).toBeGreaterThan(0)
  })

  it('bad-checksum fails tar -tzf', () => {
    expect(ok('tar', '-tzf', file('bad-checksum'))).toBe(false)
  })

  it('no-end-blocks and after-end: GNU tar lists both without complaint, which is why the check exists', () => {
    expect(ok('tar', '-tzf', file('no-end-blocks'))).toBe(true)
    expect(ok('tar', '-tzf', file('after-end'))).toBe(true)
  })

  it("structure twins: the listing and Python's XML parser show what is wrong", () => {
    expect(list(file('dump-entry'))).toContain('dump')
    expect(
      countElements(
        extract(file('no-tenant-row'), 'databases/core/tenants_tenants'),
        'tenants_tenants'
      )
    ).toBe(0)
    expect(
      countElements(
        extract(file('two-tenant-rows'), 'databases/core/tenants_tenants'),
        'tenants_tenants'
      )
    ).toBe(2)
    expect(
      countElements(extract(file('bad-schema'), 'databases/core/tenants_tenants'), 'sequence')
    ).toBe(2)
    expect(
      countElements(extract(file('no-schema'), 'databases/core/tenants_tenants'), 'schema')
    ).toBe(0)
    expect(list(file('no-core-table'))).not.toContain('databases/files/files_security')
  })

  it('completeness twins: restore_info against the listing', () => {
    expect(list(file('no-restore-info'))).not.toContain('storage/restore_info')
    const at = file('unlisted-file')
    const info = extract(at, 'storage/restore_info')
    expect(info).toContain('folder_9000/file_8999/v1/content.pdf')
    expect(list(at)).not.toContain('files/folder_9000/file_8999/v1/content.pdf')
  })
})
