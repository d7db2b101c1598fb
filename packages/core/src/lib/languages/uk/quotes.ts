import {russian} from '../quotes.js'

/** Quotation marks (CLDR delimiters). */
export const quotes = russian
