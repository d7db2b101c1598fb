import {guillemets} from '../quotes.js'

/** Quotation marks (CLDR delimiters). */
export const quotes = guillemets
