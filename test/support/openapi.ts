// ONLYOFFICE's OpenAPI description of the routes the check calls
// (test/contract/openapi/docspace-backup-subset.json) as a judge: a JSON Schema 2020-12 validator
// (ajv) for each documented answer, read as the file's own x-validator-notes say, and answers
// built from the description's published examples.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {Ajv2020, type ValidateFunction} from 'ajv/dist/2020.js'
import {ROOT} from './run-dist.js'

type Schema = Record<string, unknown>
interface Operation {
  responses: Record<string, {content?: Record<string, {schema: Schema}>}>
  requestBody?: {content: Record<string, {schema: Schema}>}
}
interface Description {
  paths: Record<string, Record<string, Operation>>
  components: {schemas: Record<string, Schema>}
}

export const DESCRIPTION = JSON.parse(
  readFileSync(path.join(ROOT, 'test/contract/openapi/docspace-backup-subset.json'), 'utf8')
) as Description

const SCHEMAS = DESCRIPTION.components.schemas
const REF = '#/components/schemas/'
const isObject = (value: unknown): value is Schema =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The schema a local `$ref` names. */
export function resolve(schema: Schema): Schema {
  const ref = schema.$ref
  return typeof ref === 'string' ? (SCHEMAS[ref.slice(REF.length)] as Schema) : schema
}

/**
 * The schemas as the notes say to read them: a property typed only `"null"` renders a C#
 * `object` and takes any value; a `$ref` to an `x-derived` base (but the derived types' own
 * `allOf`) checks an object as at least one of its vendored derived types too.
 */
function asNotesSay(schema: unknown, inAllOf = false): unknown {
  if (Array.isArray(schema)) return schema.map(item => asNotesSay(item, inAllOf))
  if (!isObject(schema)) return schema
  const entries = Object.entries(schema)
    .filter(([key, value]) => !(key === 'type' && value === 'null'))
    .map(([key, value]) => [key, asNotesSay(value, key === 'allOf')])
  const read = Object.fromEntries(entries) as Schema
  const target = typeof schema.$ref === 'string' ? resolve(schema) : undefined
  if (inAllOf || !target?.['x-derived']) return read
  const derived = (target['x-derived-types'] as string[]).filter(name => name in SCHEMAS)
  const anyDerived = {anyOf: derived.map(name => ({$ref: `${REF}${name}`}))}
  return {allOf: [read, {if: {type: 'object'}, then: anyDerived}]}
}

const ajv = new Ajv2020({strict: false, allErrors: true})
const int = (bits: number) => (n: number) =>
  Number.isInteger(n) && n >= -(2 ** (bits - 1)) && n < 2 ** (bits - 1)
ajv.addFormat('int32', {type: 'number', validate: int(32)})
ajv.addFormat('int64', {type: 'number', validate: n => Number.isSafeInteger(n)})
ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i)
// RFC 3339, or without an offset: the description says `0001-01-01T00:00:00` is sent.
ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,7})?(Z|[+-]\d{2}:\d{2})?$/i)
ajv.addFormat('uri', {validate: (text: string) => text === '' || URL.canParse(text)})
ajv.addSchema({$id: 'docspace', components: asNotesSay(DESCRIPTION.components)})

const compiled = new Map<string, ValidateFunction>()
function validator(schema: Schema): ValidateFunction {
  const ref = schema.$ref
  const key = typeof ref === 'string' ? ref : JSON.stringify(schema)
  let validate = compiled.get(key)
  if (!validate) {
    const refTo = typeof ref === 'string' ? {$ref: `docspace${ref}`} : asNotesSay(schema)
    validate = ajv.compile(refTo as Schema)
    compiled.set(key, validate)
  }
  return validate
}

/** The operation of a path such as `/api/2.0/files/1234` (templates matched). */
export function operation(urlPath: string, method: string): Operation | undefined {
  for (const [template, operations] of Object.entries(DESCRIPTION.paths)) {
    const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+').replace(/\./g, '\\.')}$`)
    if (pattern.test(urlPath)) return operations[method.toLowerCase()]
  }
  return undefined
}

/** The JSON schema documented for this answer, if any. */
export function answerSchema(urlPath: string, method: string, status: number): Schema | undefined {
  return operation(urlPath, method)?.responses[String(status)]?.content?.['application/json']
    ?.schema
}

/** ajv's complaints about `value` against `schema` (`[]` when it validates). */
export function problems(schema: Schema, value: unknown): string[] {
  const validate = validator(schema)
  if (validate(value)) return []
  return (validate.errors ?? []).map(e => `${e.instancePath || '/'} ${e.message ?? ''}`.trim())
}

/**
 * A value built from the description's published examples: a schema's first example, else an
 * object of its properties that have one (recursively), else an array of one such item;
 * `undefined` where nothing is published.
 */
export function exampleOf(schema: Schema): unknown {
  const target = resolve(schema)
  const examples = target.examples
  if (Array.isArray(examples) && examples.length > 0) return examples[0]
  const parts = Array.isArray(target.allOf) ? (target.allOf as Schema[]) : [target]
  const properties = parts.flatMap(part => Object.entries(resolve(part).properties ?? {}))
  const known = properties
    .map(([name, part]) => [name, exampleOf(part as Schema)] as const)
    .filter(([, value]) => value !== undefined)
  if (known.length > 0) return Object.fromEntries(known)
  const item = isObject(target.items) ? exampleOf(target.items) : undefined
  return item === undefined ? undefined : [item]
}
