// The end of a run whose requests went out: once the report is written, the process goes. A
// name server that never answers leaves getaddrinfo calls in libuv's thread pool, where they
// cannot be cancelled, and they would hold the process for the resolver's own timeouts (10 s
// and more) after the verdict.

/** Lets stdout and stderr drain, then exits with `process.exitCode`. */
export async function endProcess(): Promise<void> {
  await Promise.all([drained(process.stdout), drained(process.stderr)])
  process.exit()
}

function drained(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise(resolve => stream.write('', () => resolve()))
}
