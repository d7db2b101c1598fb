import {french} from '../quotes.js'

/** Quotation marks (CLDR delimiters). */
export const quotes = french
