import {polish} from '../quotes.js'

/** Quotation marks (CLDR delimiters). */
export const quotes = polish
