// The fleet benchmark's reference: the least a client can do for the same work. For every portal
// (at most CONCURRENCY at once), the five backup GETs at once over node:http, each answer read
// and parsed; nothing judged or printed. node bench/fleet-reference-client.js CONCURRENCY < urls
import http from 'node:http'

const ROUTES = [
  'getbackuphistory',
  'getbackupschedule',
  'getbackupprogress',
  'getbackupscount',
  'getservicestate'
]
const concurrency = Number(process.argv[2])
const token = process.env.DOCSPACE_TOKEN ?? ''
const portals = (await new Response(process.stdin).text()).split('\n').filter(Boolean)

function get(url) {
  return new Promise((resolve, reject) => {
    const headers = {Authorization: `Bearer ${token}`, Accept: 'application/json'}
    http
      .get(url, {headers}, res => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', chunk => (body += chunk))
        res.on('end', () => resolve(JSON.parse(body)))
        res.on('error', reject)
      })
      .on('error', reject)
  })
}

let next = 0
let answered = 0
async function worker() {
  while (next < portals.length) {
    const portal = portals[next++]
    await Promise.all(ROUTES.map(route => get(`${portal}/api/2.0/backup/${route}`)))
    answered++
  }
}
await Promise.all(Array.from({length: concurrency}, worker))
if (answered !== portals.length) throw new Error(`${answered} of ${portals.length} portals`)
