// Types of script/node24.js, for the tests that import it.
export declare const NODE_MAJOR: number
export declare function cacheFolder(): string
export declare function node24(options?: {
  fetch?: boolean
}): {path: string; problem?: undefined} | {path: null; problem: string}
export declare function requireNode24(): string
