import {german} from '../quotes.js'

/** Quotation marks (CLDR delimiters). */
export const quotes = german
