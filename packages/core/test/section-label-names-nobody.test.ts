/**
 * A section label above the headline ("حوار | مياه": Interview | Water; field cases 16 and 23) is
 * removed as a breadcrumb, and names nobody: its first word is the kind of text, not a field label
 * followed by the interviewer (it gave the interviewer "| مياه").
 */
import {describe, expect, it} from 'vitest'
import {normalizeSource} from '../src/index.js'

// Invented Arabic interview with Arabic-Indic digits.
const text = [
  'حوار | زراعة',
  '',
  '«المزارعون يحتاجون ٤٠٠ بئر جديدة»',
  '',
  'الاثنين ١٠ نوفمبر ٢٠٢٥',
  '',
  'حوار مع المهندس سمير ناصر حول خطة الري.',
  '',
  'س: ما حجم العجز اليوم؟',
  '',
  'ج: نحو ٤٠٠ بئر في السنة.',
  '',
  'س: ومتى يبدأ المشروع؟',
  '',
  'ج: في عام ٢٠٢٧.'
].join('\n')

describe('a section label above the headline', () => {
  it('is removed as a breadcrumb and names no interviewer', () => {
    const result = normalizeSource({path: 'wells-ar.txt', bytes: new TextEncoder().encode(text), meta: null})
    if (!result.ok) throw new Error('did not normalize')
    const {publication} = result
    expect(publication.removed).toContainEqual(expect.objectContaining({line: 1, rule: 'chrome/breadcrumb'}))
    expect(publication.people.filter((person) => person.evidence.includes('زراعة'))).toEqual([])
  })
})
