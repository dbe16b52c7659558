// Certificates made at test time with openssl: a private CA and leaf certificates it signs
// (current, expired, for another host), and a self-signed one. Nothing is checked in.
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll} from 'vitest'

export interface KeyPair {
  key: string
  cert: string
}

export interface TestCertificates {
  /** The private CA's certificate, PEM, as NODE_EXTRA_CA_CERTS wants it. */
  caFile: string
  /** For `portal.internal.test`, `localhost` and 127.0.0.1, signed by the CA. */
  portal: KeyPair
  /** For SERVICE_NAMES (the heartbeat services' hosts, a storage origin's), signed by the CA. */
  services: KeyPair
  /** The portal's names, signed by the CA, valid only in January 2020. */
  expired: KeyPair
  /** Signed by the CA for `other.internal.test` only. */
  otherHost: KeyPair
  /** For the portal's names, signed by itself. */
  selfSigned: KeyPair
  remove(): void
}

const NAMES = 'DNS:portal.internal.test,DNS:localhost,IP:127.0.0.1'
/** Hosts a test reaches only through its proxy, which leads them to servers on 127.0.0.1. */
export const SERVICE_NAMES = [
  'hc-ping.com',
  'cronitor.link',
  'cronitor.io',
  'betteruptime.com',
  'uptime.betterstack.com',
  'ping.internal.test',
  'storage.internal.test'
]
const CA_CONFIG = `[ca]
default_ca = test
[test]
database = index.txt
new_certs_dir = .
serial = serial
default_md = sha256
policy = any
copy_extensions = copy
unique_subject = no
[any]
commonName = supplied
`

export function makeCertificates(): TestCertificates {
  const dir = mkdtempSync(path.join(tmpdir(), 'dbc-certs-'))
  const openssl = (...args: string[]): void => {
    execFileSync('openssl', args, {cwd: dir, stdio: 'pipe'})
  }
  const read = (file: string): string => readFileSync(path.join(dir, file), 'utf8')
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes']
  writeFileSync(path.join(dir, 'ca.cnf'), CA_CONFIG)
  writeFileSync(path.join(dir, 'index.txt'), '')
  writeFileSync(path.join(dir, 'serial'), '01\n')
  openssl(
    'req',
    '-x509',
    ...ec,
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
    '-days',
    '2',
    '-subj',
    '/CN=Test private CA'
  )
  const signed = (name: string, subject: string, names: string, dates: string[]): KeyPair => {
    openssl(
      'req',
      ...ec,
      '-keyout',
      `${name}.key`,
      '-out',
      `${name}.csr`,
      '-subj',
      `/CN=${subject}`,
      '-addext',
      `subjectAltName=${names}`
    )
    openssl(
      'ca',
      '-batch',
      '-config',
      'ca.cnf',
      '-cert',
      'ca.pem',
      '-keyfile',
      'ca.key',
      '-in',
      `${name}.csr`,
      '-out',
      `${name}.pem`,
      ...dates
    )
    return {key: read(`${name}.key`), cert: read(`${name}.pem`)}
  }
  const portal = signed('portal', 'portal.internal.test', NAMES, ['-days', '2'])
  const services = signed(
    'services',
    'ping.internal.test',
    SERVICE_NAMES.map(name => `DNS:${name}`).join(','),
    ['-days', '2']
  )
  const expired = signed('expired', 'portal.internal.test', NAMES, [
    '-startdate',
    '20200101000000Z',
    '-enddate',
    '20200102000000Z'
  ])
  const otherHost = signed('other', 'other.internal.test', 'DNS:other.internal.test', [
    '-days',
    '2'
  ])
  openssl(
    'req',
    '-x509',
    ...ec,
    '-keyout',
    'self.key',
    '-out',
    'self.pem',
    '-days',
    '2',
    '-subj',
    '/CN=portal.internal.test',
    '-addext',
    `subjectAltName=${NAMES}`
  )
  return {
    caFile: path.join(dir, 'ca.pem'),
    portal,
    services,
    expired,
    otherHost,
    selfSigned: {key: read('self.key'), cert: read('self.pem')},
    remove: () => rmSync(dir, {recursive: true, force: true})
  }
}

/** Certificates made once for the test file that calls this and removed after it: read them
 * inside a test, `certificates().ca`. */
export function certificatesForThisFile(): () => TestCertificates {
  let made: TestCertificates | undefined
  beforeAll(() => {
    made = makeCertificates()
  })
  afterAll(() => made?.remove())
  return () => {
    if (!made) throw new Error('the certificates are made in beforeAll: read them inside a test')
    return made
  }
}
