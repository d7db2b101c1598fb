/** Types for `linebreak` 1.1 (UAX #14), which ships none: only the API this package uses. */
declare module 'linebreak' {
  /** A break opportunity before `position` (a UTF-16 index); `required` for mandatory breaks. */
  interface Break {
    position: number
    required: boolean
  }
  /** Iterates the line-break opportunities of a string. */
  export default class LineBreaker {
    constructor(text: string)
    nextBreak(): Break | null
  }
}
