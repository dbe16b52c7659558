// Why a download stopped, and the handle that stops it: shared by the request, the body
// stream and the redirect rules without importing one another.

/** The download could not run to its end: a message for people (hosts only). */
export class DownloadProblem extends Error {
  constructor(
    message: string,
    /** `deadline`: verify-timeout passed (verify-unavailable); else the archive is unreadable. */
    readonly kind: 'unreadable' | 'deadline' = 'unreadable'
  ) {
    super(message)
    this.name = 'DownloadProblem'
  }
}

export interface Cancel {
  /** Set by the download: stops it with this problem (verify-timeout). */
  stop?: (problem: DownloadProblem) => void
}

/** A socket error with its code, for messages. */
export function describe(error: NodeJS.ErrnoException): string {
  return error.code ? `${error.code}: ${error.message}` : error.message
}
