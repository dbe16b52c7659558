// A fake of the GitHub REST API on node:http: the issue routes src/action/github-issue.ts uses
// through @actions/github (octokit), with issues kept in memory, a token check, pagination by
// Link header, and failures on demand.
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http'
import type {AddressInfo, Socket} from 'node:net'

export interface FakeComment {
  id: number
  body: string
}

export interface FakeIssue {
  number: number
  title: string
  body: string
  state: 'open' | 'closed'
  state_reason: string | null
  labels: string[]
  comments: FakeComment[]
  /** Pull requests are issues too in this API; the list returns them with a `pull_request` key. */
  pullRequest?: boolean
}

export interface GitHubRequest {
  method: string
  path: string
  query: Record<string, string>
  headers: Record<string, string>
  body: string
}

export interface FakeGitHubOptions {
  owner?: string
  repo?: string
  /** The token the API accepts. */
  token: string
  issues?: Partial<FakeIssue>[]
  /** Every request answers this status (e.g. 500), as a GitHub outage would. */
  failWith?: number
}

export interface FakeGitHub {
  /** `http://127.0.0.1:PORT`: the value of GITHUB_API_URL. */
  url: string
  issues: FakeIssue[]
  requests: GitHubRequest[]
  /** Live: set it to make every following request fail with this status. */
  failWith: number | undefined
  close(): Promise<void>
}

export async function startFakeGitHub(options: FakeGitHubOptions): Promise<FakeGitHub> {
  const owner = options.owner ?? 'o'
  const repo = options.repo ?? 'r'
  const issues: FakeIssue[] = (options.issues ?? []).map((issue, index) => ({
    number: index + 1,
    title: 'An issue',
    body: '',
    state: 'open',
    state_reason: null,
    labels: [],
    comments: [],
    ...issue
  }))
  const sockets = new Set<Socket>()
  const server = createServer((req, res) => void handle(req, res).catch(() => res.destroy()))
  server.on('connection', socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const {port} = server.address() as AddressInfo
  const url = `http://127.0.0.1:${port}`
  let nextCommentId = 1000
  const fake: FakeGitHub = {
    url,
    issues,
    requests: [],
    failWith: options.failWith,
    close: async () => {
      for (const socket of sockets) socket.destroy()
      await new Promise<void>(resolve => server.close(() => resolve()))
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const body = Buffer.concat(chunks).toString('utf8')
    const target = new URL(req.url ?? '/', url)
    const headers: Record<string, string> = {}
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === 'string') headers[name] = value
    }
    const request: GitHubRequest = {
      method: req.method ?? 'GET',
      path: target.pathname,
      query: Object.fromEntries(target.searchParams),
      headers,
      body
    }
    fake.requests.push(request)

    if (fake.failWith !== undefined) {
      return json(res, fake.failWith, {message: 'Server Error', status: String(fake.failWith)})
    }
    const auth = headers.authorization ?? ''
    if (auth !== `token ${options.token}` && auth !== `Bearer ${options.token}`) {
      return json(res, 401, {message: 'Bad credentials', status: '401'})
    }
    const base = `/repos/${owner}/${repo}/issues`
    const input = body ? (JSON.parse(body) as Record<string, unknown>) : {}
    const number = /^\/(\d+)(\/comments)?$/.exec(request.path.slice(base.length))

    if (!request.path.startsWith(base)) return notFound(res)
    if (request.path === base && request.method === 'GET') return list(request, res)
    if (request.path === base && request.method === 'POST') {
      if (typeof input.title !== 'string' || input.title === '') {
        return json(res, 422, {message: 'Validation Failed', status: '422'})
      }
      const issue: FakeIssue = {
        number: issues.length + 1,
        title: input.title,
        body: typeof input.body === 'string' ? input.body : '',
        state: 'open',
        state_reason: null,
        labels: Array.isArray(input.labels) ? input.labels.map(String) : [],
        comments: []
      }
      issues.push(issue)
      return json(res, 201, issueJson(issue))
    }
    const issue = number ? issues.find(item => item.number === Number(number[1])) : undefined
    if (!issue) return notFound(res)
    if (number?.[2] && request.method === 'POST') {
      const comment = {id: nextCommentId++, body: String(input.body ?? '')}
      issue.comments.push(comment)
      return json(res, 201, {
        ...comment,
        html_url: `https://github.com/${owner}/${repo}/issues/${issue.number}#issuecomment-${comment.id}`
      })
    }
    if (!number?.[2] && request.method === 'PATCH') {
      if (input.state === 'open' || input.state === 'closed') issue.state = input.state
      if ('state_reason' in input) issue.state_reason = (input.state_reason as string) ?? null
      if (typeof input.title === 'string') issue.title = input.title
      if (typeof input.body === 'string') issue.body = input.body
      return json(res, 200, issueJson(issue))
    }
    return notFound(res)
  }

  /** GET /repos/{o}/{r}/issues: state (default open), labels (all of them), per_page, page. */
  function list(request: GitHubRequest, res: ServerResponse): void {
    const state = request.query.state ?? 'open'
    const labels = (request.query.labels ?? '').split(',').filter(Boolean)
    const perPage = Math.min(100, Number(request.query.per_page ?? 30))
    const page = Number(request.query.page ?? 1)
    const matching = issues
      .filter(issue => state === 'all' || issue.state === state)
      .filter(issue => labels.every(label => issue.labels.includes(label)))
      .sort((a, b) => b.number - a.number)
    const pages = Math.max(1, Math.ceil(matching.length / perPage))
    const headers: Record<string, string> = {}
    if (page < pages) {
      const next = new URL(`${url}${request.path}`)
      for (const [name, value] of Object.entries({...request.query, page: String(page + 1)})) {
        next.searchParams.set(name, value)
      }
      headers.link = `<${next.href}>; rel="next"`
    }
    const items = matching.slice((page - 1) * perPage, page * perPage).map(issueJson)
    json(res, 200, items, headers)
  }

  function issueJson(issue: FakeIssue): object {
    return {
      id: issue.number * 7919,
      number: issue.number,
      title: issue.title,
      body: issue.body,
      state: issue.state,
      state_reason: issue.state_reason,
      labels: issue.labels.map(name => ({name})),
      comments: issue.comments.length,
      html_url: `https://github.com/${owner}/${repo}/issues/${issue.number}`,
      ...(issue.pullRequest
        ? {pull_request: {url: `${url}/repos/${owner}/${repo}/pulls/${issue.number}`}}
        : {})
    }
  }

  return fake
}

function json(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    ...headers
  })
  res.end(text)
}

function notFound(res: ServerResponse): void {
  json(res, 404, {message: 'Not Found', status: '404'})
}
