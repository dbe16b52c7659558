// What is known of a run so far, so that a failure is still reported the way the run asked.
import type {CliInputs} from './cli-inputs.js'

export interface RunContext {
  /** `--textfile`, once checked: a refusal or a failure still replaces it (`up` 0). */
  textfile?: string
  /** The inputs, once read: a refusal names the option or variable each came from. */
  inputs?: CliInputs
  /** A fleet's tokens, once read from the portals file: kept out of any failure's message. */
  secrets?: string[]
}
