// The npm parser of the Prometheus text format ships no types.
declare module 'parse-prometheus-text-format' {
  export interface ParsedFamily {
    name: string
    help: string
    type: string
    metrics: {value: string; labels?: Record<string, string>; timestamp_ms?: string}[]
  }
  export default function parsePrometheusTextFormat(text: string): ParsedFamily[]
}
