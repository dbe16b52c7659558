// The benchmark's fleet of fake portals, in a process of its own: N listeners on 127.0.0.1,
// each a portal on its own port that answers the five backup routes after LATENCY ms with the
// bodies of a healthy demo portal (read once from `dist/cli --serve`, given as JSON on stdin).
// Prints one line, `ports FIRST..LAST` or `ports P1,P2,…`, once every portal listens.
// node bench/fleet-portals.js COUNT LATENCY_MS < bodies.json
import http from 'node:http'

const [count, latencyMs] = process.argv.slice(2).map(Number)
const bodies = JSON.parse(await new Response(process.stdin).text())

function answer(req, res) {
  const route = /\/api\/2\.0\/backup\/([a-z]+)/.exec(req.url ?? '')?.[1]
  const body = route === undefined ? undefined : bodies[route]
  setTimeout(() => {
    if (body === undefined) {
      res.writeHead(404, {'content-type': 'application/json'}).end('{}')
      return
    }
    res.writeHead(200, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body)
    })
    res.end(body)
  }, latencyMs)
}

const ports = await Promise.all(
  Array.from(
    {length: count},
    () =>
      new Promise((resolve, reject) => {
        const server = http.createServer(answer)
        server.keepAliveTimeout = 60_000
        server.on('error', reject)
        server.listen(0, '127.0.0.1', () => resolve(server.address().port))
      })
  )
)
process.stdout.write(`ports ${ports.join(',')}\n`)
