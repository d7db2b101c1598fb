/**
 * Quotation marks by style, as Unicode CLDR's delimiters give them (`quotationStart`, `quotationEnd`,
 * `alternateQuotationStart`, `alternateQuotationEnd`); each language's `quotes.ts` names its style.
 * French also sets a narrow no-break space inside the marks.
 */
import type {QuoteMarks} from '../text/typography-quotes.js'

/** “ ” and ‘ ’. */
export const english: QuoteMarks = {open: '“', close: '”', openInner: '‘', closeInner: '’', inside: ''}
/** „ “ and ‚ ‘. */
export const german: QuoteMarks = {open: '„', close: '“', openInner: '‚', closeInner: '‘', inside: ''}
/** « » and “ ”. */
export const guillemets: QuoteMarks = {open: '«', close: '»', openInner: '“', closeInner: '”', inside: ''}
/** « » and „ “. */
export const russian: QuoteMarks = {open: '«', close: '»', openInner: '„', closeInner: '“', inside: ''}
/** « » and “ ”, with a narrow no-break space inside. */
export const french: QuoteMarks = {...guillemets, inside: '\u202F'}
/** „ ” and « ». */
export const polish: QuoteMarks = {open: '„', close: '”', openInner: '«', closeInner: '»', inside: ''}
