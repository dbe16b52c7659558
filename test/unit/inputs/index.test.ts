import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {InputError} from '../../../src/core/errors.js'
import {parseInputs, type Inputs} from '../../../src/inputs/index.js'
import {INPUT_NAMES, type BooleanInput} from '../../../src/inputs/names.js'
import {PORTAL, reader, TOKEN, validReader} from '../fixtures.js'

/** The InputError `parseInputs` throws for these input texts (fails the test when none). */
function inputError(overrides: Record<string, string>): InputError {
  try {
    parseInputs(validReader(overrides), {})
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error(`no InputError for ${JSON.stringify(overrides)}`)
}

const invalid = (input: string, value: string, expected: string): string =>
  `Input "${input}" has an invalid value "${value}": expected ${expected}.`

/** The field of every true/false input: a new one does not compile until it is here. */
const BOOLEAN_FIELDS: Record<BooleanInput, keyof Inputs> = {
  dump: 'dump',
  'require-schedule': 'requireSchedule',
  'fail-on-unhealthy': 'failOnUnhealthy',
  summary: 'summary',
  'start-backup': 'startBackup',
  verify: 'verify',
  issue: 'issue'
}
const BOOLEAN_INPUTS = Object.entries(BOOLEAN_FIELDS)

const MAX_AGE = 'a duration such as 36h, 2d, 90m, or "auto"'
const GRACE = 'a duration of 0 or more, such as 3h, 90m or 0'
const TIMEOUT = 'a duration over 0 and at most 10m, such as 30s or 2m (a bare number is seconds)'
const WAIT_TIMEOUT = 'a duration over 0 and at most 6h, such as 30m (a bare number is seconds)'

describe('parseInputs', () => {
  it('gives every optional input its contract default', () => {
    expect(parseInputs(reader({portal: PORTAL, token: TOKEN}), {})).toEqual<Inputs>({
      portal: {
        base: 'https://portal.example.com',
        host: 'portal.example.com',
        origin: 'https://portal.example.com'
      },
      proxyVariables: {https: null, http: null, noProxy: '', secrets: []},
      token: TOKEN,
      dump: false,
      minCount: 1,
      maxAge: 'auto',
      graceHours: 3,
      requireSchedule: true,
      failOnUnhealthy: true,
      timeoutMs: 30_000,
      retries: 3,
      summary: true,
      startBackup: false,
      storageType: null,
      storageParams: null,
      waitTimeoutMs: 1_800_000,
      verify: false,
      verifyFolder: null,
      verifyTimeoutMs: 1_800_000,
      issue: false,
      githubToken: '',
      issueLabel: 'docspace-backup',
      issueKey: null,
      maxRuntimeHours: 6,
      ping: null
    })
  })

  it('reads an input of only spaces as not set', () => {
    const inputs = parseInputs(
      validReader({'max-age': '  ', 'min-count': ' ', dump: '\t', timeout: ' '}),
      {}
    )
    expect([inputs.maxAge, inputs.minCount, inputs.dump, inputs.timeoutMs]).toEqual([
      'auto',
      1,
      false,
      30_000
    ])
  })

  it.each([
    ['portal', ''],
    ['portal', '   '],
    ['token', ''],
    ['token', ' \n ']
  ])('refuses a missing "%s" (%j) with the required message', (input, value) => {
    const expected =
      input === 'portal'
        ? 'Input "portal" is required: expected a portal URL such as https://portal.example.com.'
        : 'Input "token" is required: expected a DocSpace API key (sk-…).'
    const error = inputError({[input]: value})
    expect(error.input).toBe(input)
    expect(error.message).toBe(expected)
  })

  it('names the invalid input even when several are invalid', () => {
    const error = inputError({'max-age': 'soon', retries: 'many'})
    expect(error.input).toBe('max-age')
  })
})

describe('boolean inputs', () => {
  const cases = BOOLEAN_INPUTS.flatMap(([input, field]) =>
    (
      [
        ['true', true],
        ['True', true],
        ['TRUE', true],
        [' true ', true],
        ['false', false],
        ['False', false],
        ['FALSE', false]
      ] as const
    ).map(([text, value]) => [input, text, field, value] as const)
  )

  it.each(cases)('reads %s: %j as %s=%s', (input, text, field, value) => {
    const extra: Record<string, string> = input === 'issue' ? {'github-token': 'ghs_abc'} : {}
    expect(parseInputs(validReader({[input]: text, ...extra}), {})[field]).toBe(value)
  })

  const refused = BOOLEAN_INPUTS.flatMap(([input]) =>
    ['yes', 'no', 'on', 'off', '1', '0', 'tRue', 'fALSE', 't', 'y', 'truex'].map(
      text => [input, text] as const
    )
  )

  it.each(refused)('refuses %s: %j, which core.getBooleanInput refuses too', (input, text) => {
    const error = inputError({[input]: text})
    expect(error.input).toBe(input)
    expect(error.message).toBe(invalid(input, text, 'true or false'))
  })
})

describe('min-count and retries', () => {
  it.each([
    ['min-count', '0', 'minCount', 0],
    ['min-count', '1', 'minCount', 1],
    ['min-count', '25', 'minCount', 25],
    ['min-count', ' 7 ', 'minCount', 7],
    ['min-count', '007', 'minCount', 7],
    ['retries', '0', 'retries', 0],
    ['retries', '10', 'retries', 10],
    ['retries', '5', 'retries', 5]
  ] as const)('reads %s: %j as %s=%d', (input, text, field, value) => {
    expect(parseInputs(validReader({[input]: text}), {})[field]).toBe(value)
  })

  it.each([
    ['min-count', '-1', 'a whole number 0 or more'],
    ['min-count', '1.5', 'a whole number 0 or more'],
    ['min-count', '+1', 'a whole number 0 or more'],
    ['min-count', '1e3', 'a whole number 0 or more'],
    ['min-count', 'one', 'a whole number 0 or more'],
    ['min-count', '٣', 'a whole number 0 or more'],
    ['retries', '11', 'a whole number from 0 to 10'],
    ['retries', '-1', 'a whole number from 0 to 10'],
    ['retries', '3.0', 'a whole number from 0 to 10'],
    ['retries', '100', 'a whole number from 0 to 10'],
    ['retries', 'three', 'a whole number from 0 to 10']
  ])('refuses %s: %j', (input, text, expected) => {
    const error = inputError({[input]: text})
    expect(error.input).toBe(input)
    expect(error.message).toBe(invalid(input, text, expected))
  })
})

describe('max-age and grace', () => {
  it.each([
    ['36h', 36],
    ['2d', 48],
    ['90m', 1.5],
    ['1d12h', 36],
    ['1.5h', 1.5],
    ['1w', 168],
    ['3600s', 1],
    ['26', 26],
    ['1.5', 1.5],
    ['  36h  ', 36],
    ['36H', 36],
    ['auto', 'auto'],
    ['AUTO', 'auto'],
    [' Auto ', 'auto']
  ])('reads max-age %j as %s hours', (text, hours) => {
    expect(parseInputs(validReader({'max-age': text}), {}).maxAge).toBe(hours)
  })

  it('gives the contract example message for max-age "3 days"', () => {
    const error = inputError({'max-age': '3 days'})
    expect(error.input).toBe('max-age')
    expect(error.message).toBe(
      'Input "max-age" has an invalid value "3 days": expected a duration such as 36h, 2d, 90m, or "auto".'
    )
  })

  it.each(['0', '0h', '0.0', '-5h', '-1', 'h', '36 h', '1d 12h', 'auto2', '1y', '1e2h', 'NaN'])(
    'refuses max-age %j',
    text => {
      expect(inputError({'max-age': text}).message).toBe(invalid('max-age', text, MAX_AGE))
    }
  )

  it('quotes the trimmed value in the message', () => {
    expect(inputError({'max-age': '  3 days  '}).message).toBe(
      invalid('max-age', '3 days', MAX_AGE)
    )
  })

  it.each([
    ['0', 0],
    ['0h', 0],
    ['3h', 3],
    ['90m', 1.5],
    ['2', 2],
    ['1d', 24]
  ])('reads grace %j as %d hours (0 allowed)', (text, hours) => {
    expect(parseInputs(validReader({grace: text}), {}).graceHours).toBe(hours)
  })

  it.each(['-1h', '-0.5', 'later', '3 h'])('refuses grace %j', text => {
    const error = inputError({grace: text})
    expect(error.input).toBe('grace')
    expect(error.message).toBe(invalid('grace', text, GRACE))
  })
})

describe('timeout and wait-timeout', () => {
  it.each([
    ['timeout', '30s', 30_000],
    ['timeout', '30', 30_000],
    ['timeout', '0.5', 500],
    ['timeout', '2m', 120_000],
    ['timeout', '10m', 600_000],
    ['timeout', '600', 600_000],
    ['wait-timeout', '30m', 1_800_000],
    ['wait-timeout', '90', 90_000],
    ['wait-timeout', '6h', 21_600_000],
    ['wait-timeout', '21600', 21_600_000],
    ['wait-timeout', '5h60m', 21_600_000]
  ] as const)('reads %s %j as %d ms (a bare number is seconds)', (input, text, ms) => {
    const inputs = parseInputs(validReader({[input]: text}), {})
    expect(input === 'timeout' ? inputs.timeoutMs : inputs.waitTimeoutMs).toBe(ms)
  })

  it.each([
    ['timeout', '0', TIMEOUT],
    ['timeout', '0s', TIMEOUT],
    ['timeout', '601', TIMEOUT],
    ['timeout', '10m1s', TIMEOUT],
    ['timeout', '1h', TIMEOUT],
    ['timeout', 'forever', TIMEOUT],
    ['wait-timeout', '0', WAIT_TIMEOUT],
    ['wait-timeout', '6h1s', WAIT_TIMEOUT],
    ['wait-timeout', '21601', WAIT_TIMEOUT],
    ['wait-timeout', '1d', WAIT_TIMEOUT],
    ['wait-timeout', '-30m', WAIT_TIMEOUT]
  ])('refuses %s %j', (input, text, expected) => {
    const error = inputError({[input]: text})
    expect(error.input).toBe(input)
    expect(error.message).toBe(invalid(input, text, expected))
  })
})

describe('github-token and issue inputs', () => {
  it('needs github-token only when issue is true', () => {
    expect(parseInputs(validReader({issue: 'false'}), {}).githubToken).toBe('')
    const error = inputError({issue: 'true'})
    expect(error.input).toBe('github-token')
    expect(error.message).toBe('Input "github-token" is required: expected a token.')
  })

  it('takes github-token when issue is true, without a leading Bearer', () => {
    const inputs = parseInputs(
      validReader({issue: 'true', 'github-token': ' Bearer ghs_abc123 '}),
      {}
    )
    expect([inputs.issue, inputs.githubToken]).toEqual([true, 'ghs_abc123'])
  })

  it('refuses a github-token with a line break without quoting it', () => {
    const error = inputError({issue: 'true', 'github-token': 'ghs_abc\nghs_def'})
    expect(error.input).toBe('github-token')
    expect(error.message).not.toContain('ghs_')
  })

  it.each(['a,b', 'x'.repeat(51)])(
    'refuses issue-label %j, which GitHub could not filter by',
    label => {
      expect(() => parseInputs(validReader({'issue-label': label}), {})).toThrow(
        `Input "issue-label" has an invalid value "${label}": expected a GitHub label of at most 50 characters, without commas.`
      )
    }
  )

  it('reads issue-key, trimmed; none by default', () => {
    expect(parseInputs(validReader({'issue-key': ' prod nightly (verify) '}), {}).issueKey).toBe(
      'prod nightly (verify)'
    )
    expect(parseInputs(validReader({'issue-key': 'Сервер-1/ежедневно'}), {}).issueKey).toBe(
      'Сервер-1/ежедневно'
    )
    expect(parseInputs(validReader({}), {}).issueKey).toBeNull()
  })

  it.each(['@ops', 'a`b', 'a<b>', '#1', 'two\nlines', '-leading', 'x'.repeat(101)])(
    'refuses issue-key %j: not a name for a title, a comment and a marker',
    key => {
      expect(() => parseInputs(validReader({'issue-key': key}), {})).toThrow(
        /^Input "issue-key" has an invalid value ".*": expected a name of at most 100 characters: letters, digits, spaces and \. _ : \/ \( \) \+ = -, such as "prod nightly"\.$/s
      )
    }
  )

  it('reads issue-label, trimmed, with docspace-backup as default', () => {
    expect(parseInputs(validReader({'issue-label': ' backups '}), {}).issueLabel).toBe('backups')
  })
})

describe('start-backup inputs, validated whether start-backup is on or not', () => {
  it.each(['true', 'false'])('refuses a bad storage-type when start-backup is %s', start => {
    const error = inputError({'start-backup': start, 'storage-type': 'S3'})
    expect(error.input).toBe('storage-type')
  })

  it.each(['true', 'false'])('refuses a bad wait-timeout when start-backup is %s', start => {
    expect(inputError({'start-backup': start, 'wait-timeout': '7h'}).input).toBe('wait-timeout')
  })
})

/** Strings that look like durations, numbers and booleans, so the parsers' edges get hit. */
const valueLike = fc
  .array(
    fc.oneof(
      fc.constantFrom('1', '0', '36', '1.5', '.5', '00', '-', '+', '9'.repeat(400)),
      fc.constantFrom('s', 'm', 'h', 'd', 'w', 'H', 'y', 'auto', 'true', 'False', 'e'),
      fc.constantFrom(' ', '\t', '\n', '\u00a0', '\u2028', '"', '@', ':', '/', '?', '#'),
      fc.constantFrom('https://', 'http://', '[::1]', 'localhost', 'Bearer ', 'sk-', '{', '}')
    ),
    {maxLength: 8}
  )
  .map(parts => parts.join(''))

const anyText = fc.oneof(fc.string(), fc.string({unit: 'binary'}), valueLike)

describe('parseInputs on any text (property)', () => {
  it.each(INPUT_NAMES)(
    'gives valid inputs or an InputError naming "%s", never another error',
    name => {
      fc.assert(
        fc.property(anyText, value => {
          // A github-token is there, so that `issue: true` is judged on its own.
          const values: Record<string, string> = {
            portal: PORTAL,
            token: TOKEN,
            'github-token': 'ghs_token',
            [name]: value
          }
          if (name === 'github-token') values.issue = 'true'
          try {
            const inputs = parseInputs(reader(values), {})
            expect(typeof inputs.token).toBe('string')
          } catch (error) {
            expect(error).toBeInstanceOf(InputError)
            expect((error as InputError).input).toBe(name)
            expect((error as InputError).message).toContain(`Input "${name}"`)
          }
        }),
        {numRuns: 300}
      )
    }
  )

  it('never quotes any part of a token that it refuses', () => {
    const secret = 'S3cr3tPart'
    fc.assert(
      fc.property(fc.constantFrom('', 'Bearer ', ' '), anyText, anyText, (pre, a, b) => {
        try {
          parseInputs(validReader({token: `${pre}${a}${secret}${b}`}), {})
        } catch (error) {
          expect((error as Error).message).not.toContain(secret)
        }
      })
    )
  })
})

describe('verify inputs', () => {
  const read = (values: Record<string, string>) =>
    parseInputs(reader({portal: PORTAL, token: TOKEN, ...values}), {})
  it('take a folder id, numeric or a third-party one', () => {
    expect(read({'verify-folder': ' 1234 '}).verifyFolder).toBe('1234')
    expect(read({'verify-folder': 'sbox-5-abcd'}).verifyFolder).toBe('sbox-5-abcd')
  })
  it.each([
    '.',
    ' . ',
    '..',
    '../1',
    '12/34',
    'a\\b',
    '12 34',
    '1?x=1',
    '1#2',
    '%2e%2e',
    'a\u0001b'
  ])('refuse verify-folder %j before any request', value => {
    expect(() => read({'verify-folder': value})).toThrow(
      /^Input "verify-folder" has an invalid value .*: expected the id of a DocSpace folder or room/
    )
  })
  it('take verify-timeout as a duration up to 6h (bare number: seconds)', () => {
    expect(read({'verify-timeout': '90'}).verifyTimeoutMs).toBe(90_000)
    expect(read({'verify-timeout': '2h'}).verifyTimeoutMs).toBe(7_200_000)
    expect(() => read({'verify-timeout': '7h'})).toThrow(
      /^Input "verify-timeout" has an invalid value "7h"/
    )
    expect(() => read({'verify-timeout': '0'})).toThrow(/verify-timeout/)
  })
  it('are validated with verify off', () => {
    expect(() => read({verify: 'false', 'verify-timeout': 'soon'})).toThrow(/verify-timeout/)
  })
})
