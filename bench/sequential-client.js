// The baseline: a client as the public DocSpace usage samples write it. node:http(s), the five
// backup endpoints GET one after another, each answer read and parsed before the next request.
// DOCSPACE_PORTAL=http://127.0.0.1:8080 DOCSPACE_TOKEN=sk-… node bench/sequential-client.js
import http from 'node:http'
import https from 'node:https'

const ENDPOINTS = [
  'getbackuphistory',
  'getbackupschedule',
  'getbackupprogress',
  'getbackupscount',
  'getservicestate'
]

const portal = (process.argv[2] ?? process.env.DOCSPACE_PORTAL ?? '').replace(/\/+$/, '')
const token = process.env.DOCSPACE_TOKEN ?? ''

function get(url) {
  const transport = url.startsWith('https:') ? https : http
  const headers = {Authorization: `Bearer ${token}`, Accept: 'application/json'}
  return new Promise((resolve, reject) => {
    transport
      .get(url, {headers}, res => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', chunk => (body += chunk))
        res.on('end', () => {
          if (res.statusCode !== 200) return reject(new Error(`${url}: HTTP ${res.statusCode}`))
          resolve(JSON.parse(body).response)
        })
        res.on('error', reject)
      })
      .on('error', reject)
  })
}

const answers = {}
for (const endpoint of ENDPOINTS) {
  answers[endpoint] = await get(`${portal}/api/2.0/backup/${endpoint}`)
}
console.log(
  `${answers.getbackuphistory.length} backups, schedule ${answers.getbackupschedule ? 'set' : 'none'}`
)
