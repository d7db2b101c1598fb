/** Types of `epubcheck.mjs`. */
export interface EpubcheckMessage {
  ID: string
  severity: string
  message: string
  locations: Array<{path: string; line: number; column: number}>
}
export interface EpubcheckReport {
  messages: EpubcheckMessage[]
}
export function startEpubcheck(): Promise<{url: string; stop: () => Promise<void>}>
export function epubcheckReport(url: string | undefined, file: string): Promise<EpubcheckReport>
export function problems(report: EpubcheckReport): EpubcheckMessage[]
