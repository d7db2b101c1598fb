import {english} from '../quotes.js'

/** Quotation marks (CLDR delimiters). */
export const quotes = english
