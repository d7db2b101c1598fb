/**
 * Question marks of every script (text/question-marks.ts): Greek pages type their question mark as
 * the ASCII semicolon, Armenian marks the asking word with "՞" and ends the sentence with "։", and
 * other scripts have marks of their own. A bare question in any of them opens a turn, and a
 * sentence ends with any script's full stop. Every sentence here is invented.
 */
import {describe, expect, it} from 'vitest'
import {normalizeSource} from '../src/index.js'
import {endsWithQuestion, hasQuestionMark, sentenceTerminal, statementTerminal} from '../src/lib/text/sentence-marks.js'

describe('a question mark in every script', () => {
  it.each([
    ['Greek typed with the ASCII semicolon', 'Πότε ανοίγει η νέα γέφυρα;'],
    ['Greek with U+037E', 'Πότε ανοίγει η νέα γέφυρα\u037e'],
    ['Greek before a closing quote', '«Ποιος το αποφάσισε;»'],
    ['Armenian, the mark on the asking word', 'Ե՞րբ է բացվելու նոր կամուրջը։'],
    ['Ethiopic', 'ድልድዩ መቼ ይከፈታል፧'],
    ['an interrobang', 'You rebuilt the whole pier yourself‽'],
    ['a small question mark', 'When does it open﹖'],
    ['Arabic', 'متى يفتح الجسر الجديد؟'],
    ['Japanese, the particle and a full stop', '橋はいつ開くのですか。']
  ])('%s asks', (_, text) => {
    expect(endsWithQuestion(text)).toBe(true)
    expect(hasQuestionMark(text)).toBe(true)
  })

  it.each([
    ['a semicolon in a Latin sentence', 'The bridge opens in May; the ferry stops in June.'],
    ['a semicolon after Latin words inside Greek text', 'Η γέφυρα (bridge;'],
    ['Greek ending with a full stop', 'Η γέφυρα ανοίγει τον Μάιο.'],
    ['Armenian with no question mark', 'Կամուրջը բացվելու է մայիսին։']
  ])('%s does not ask', (_, text) => {
    expect(endsWithQuestion(text)).toBe(false)
  })

  it('reads a Greek interview whose questions end with a semicolon', () => {
    const lines = [
      'Η Ελπίδα Μαυρίδου για τη νέα γέφυρα του λιμανιού',
      'Η μηχανικός που επέβλεψε το έργο μιλά για τις καθυστερήσεις και τα επόμενα βήματα.',
      'Πότε ανοίγει τελικά η γέφυρα;',
      'Αν όλα πάνε καλά, τον Μάιο. Μένουν οι δοκιμές φορτίου και η τελική επιθεώρηση.',
      'Γιατί καθυστέρησε δύο χρόνια;',
      'Ο ανάδοχος άλλαξε δύο φορές και το έδαφος ήταν πιο μαλακό από ό,τι δείχνανε οι μελέτες.',
      'Τι θα γίνει με το πορθμείο;',
      'Θα συνεχίσει τα δρομολόγια μέχρι το καλοκαίρι, για όσους προτιμούν τη θάλασσα.'
    ]
    const result = normalizeSource({path: 'page.txt', bytes: new TextEncoder().encode(lines.join('\n\n')), meta: null})
    if (!result.ok) throw new Error('not normalized')
    expect(result.publication.kind).toBe('interview')
    expect(result.publication.qa.map((q) => q.question.text)).toEqual([
      'Πότε ανοίγει τελικά η γέφυρα;',
      'Γιατί καθυστέρησε δύο χρόνια;',
      'Τι θα γίνει με το πορθμείο;'
    ])
  })
})

describe('a sentence end in every script', () => {
  const ends = new RegExp(`${sentenceTerminal}$`, 'u')
  const states = new RegExp(`${statementTerminal}$`, 'u')
  it.each([
    ['Latin', 'The ferry stops in June.'],
    ['Urdu', 'پل مئی میں کھلے گا۔'],
    ['Hindi', 'पुल मई में खुलेगा।'],
    ['Armenian', 'Կամուրջը բացվելու է մայիսին։'],
    ['Amharic', 'ድልድዩ በግንቦት ይከፈታል።'],
    ['Burmese', 'တံတားကို မေလတွင် ဖွင့်မည်။'],
    ['Khmer', 'ស្ពាននឹងបើកនៅខែឧសភា។'],
    ['Tibetan', 'ཟམ་པ་ཟླ་བ་ལྔ་པར་ཁ་ཕྱེ་རྒྱུ་རེད།'],
    ['Chinese', '新桥五月通车。']
  ])('%s ends a sentence, and states rather than asks', (_, text) => {
    expect(ends.test(text)).toBe(true)
    expect(states.test(text)).toBe(true)
  })

  it('does not end a sentence on a comma, an ellipsis or a colon', () => {
    for (const text of ['the ferry,', 'and then…', 'He said:']) expect(ends.test(text), text).toBe(false)
  })

  it('asks rather than states with a question mark of any script', () => {
    for (const text of ['When?', 'متى؟', 'ድልድዩ መቼ ይከፈታል፧', 'Really‽']) expect(states.test(text), text).toBe(false)
  })
})
