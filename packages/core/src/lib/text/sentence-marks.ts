/**
 * Sentence ends and question marks in every script, one definition for every reader and step (a
 * short line that asks is not joined to the next, a question is not furniture, a bare question
 * opens a turn, a line that ends a sentence is prose, not a heading).
 *
 * Sentence ends are Unicode's Sentence_Terminal characters (UAX #29: . ! ? 。 ؟ ۔ । ॥ ։ ። ။ ។ ‽
 * in every script Unicode encodes), and the Tibetan shad "།", which ends a Tibetan sentence but is
 * not in that property.
 */

/** One character that ends a sentence, in any script (a regular-expression source). */
export const sentenceTerminal = String.raw`(?:\p{Sentence_Terminal}|།)`
/** One character that ends a sentence without asking (a full stop or an exclamation mark of any script). */
export const statementTerminal = String.raw`(?:(?![?？؟﹖፧꘏꛷‽⁇⁈⁉])\p{Sentence_Terminal}|།)`
/**
 * Greek's question mark as Greek pages type it: the semicolon (U+003B, which Unicode folds U+037E
 * to), after a Greek letter; Greek writes its own semicolon as the raised dot "·" (U+0387).
 */
const greekQuestion = String.raw`(?<=\p{Script=Greek}\p{M}*["”’»)]*);`
/**
 * Armenian marks a question on the word it asks (the "՞" above its stressed vowel), and the
 * sentence still ends with the full stop "։": a "՞" in the last sentence asks.
 */
const armenianQuestion = '՞[^։.!?]*[։.]?'
/**
 * Question marks of every script Unicode encodes: `?`, Arabic ؟, full-width ？, small ﹖, Greek ;
 * (after a Greek word; U+037E), Ethiopic ፧, Vai ꘏, Bamum ꛷, the interrobang ‽ and ⁇ ⁈ ⁉, and the
 * emoji ❓ ❔ a chat transcript types (the question marks among Unicode's Sentence_Terminal characters, and two emoji).
 */
const marks = String.raw`[?\u061f\uff1f\ufe56\u037e\u1367\ua60f\ua6f7\u203d\u2047-\u2049\u2753\u2754]`
/** `?` in Latin, Arabic (؟), full-width (？) and Greek (; after a Greek word) scripts, and the marks above. */
const questionMarkRe = new RegExp(String.raw`${marks}|[かの]。(?:\s|$)|${greekQuestion}|՞`, 'u')
export const hasQuestionMark = (text: string) => questionMarkRe.test(text)
const endsWithQuestionRe = new RegExp(
  String.raw`(?:${marks}|[かの]。|${greekQuestion}|${armenianQuestion})["”’»)\]*_\s」』]*$`,
  'u'
)
/** Ends with a question mark, or with the Japanese question particle and a full stop ("…ですか。"). */
export const endsWithQuestion = (text: string) => endsWithQuestionRe.test(text)
