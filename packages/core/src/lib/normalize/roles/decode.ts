/**
 * The role decoder (issue 20, DESIGN-NORMALIZER.md "A decoder"): every non-blank line is scored
 * for every role by a linear model over its features (multinomial logistic regression, weights
 * fitted on labelled pages by `fitRoles`), and the best sequence is decoded under the transition
 * scores between neighbouring roles (Viterbi), so a line's role depends on its neighbours'. Each
 * decision keeps its margin over the runner-up and the features that weighed most.
 *
 * What it decides is listed in the README ("What it decides today": an interview no convention found,
 * furniture, the head of an article, the headline decided last); `pnpm eval` compares it with the
 * ledger of today's reading, and `dossier check --why LINE` prints its reasons.
 */
import type {FeatureRow} from './features.js'

/** The roles the decoder tells apart: the ledger's, blank and front matter aside. */
export const roleClasses = [
  'removed',
  'title',
  'subtitle',
  'date',
  'byline',
  'intro',
  'question',
  'answer',
  'body',
  'about',
  'notes'
] as const

export type RoleClass = (typeof roleClasses)[number]

/** A fitted model: data, reproduced by `pnpm fit` (tooling/eval). */
export interface RoleModel {
  /** Feature → one weight per class (in `roleClasses` order). */
  weights: Record<string, number[]>
  /** One bias per class. */
  bias: number[]
  /** `transitions[a][b]`: log-probability of class b on the next non-blank line after class a. */
  transitions: number[][]
  /** `start[b]`: log-probability of class b on the first non-blank line. */
  start: number[]
}

/** One line's decision. */
export interface RoleDecision {
  /** 1-based source line. */
  line: number
  role: RoleClass
  /** The runner-up class of this line alone, and the margin of the chosen one over it (log-odds). */
  runnerUp: RoleClass
  margin: number
  /** Probability of each class for this line alone (softmax of its scores), in `roleClasses` order. */
  probabilities: number[]
  /** The features that moved this line most towards its role, strongest first. */
  because: Array<{feature: string; contribution: number}>
}

/** Scores of one row for every class (bias + Σ weight × value). */
export function scoreRow(row: FeatureRow, model: RoleModel): number[] {
  const scores = [...model.bias]
  for (const [feature, value] of Object.entries(row)) {
    const weights = model.weights[feature]
    if (!weights || value === 0) continue
    for (let c = 0; c < scores.length; c++) scores[c]! += weights[c]! * value
  }
  return scores
}

/** Softmax of scores, numerically stable. */
export function softmax(scores: readonly number[]): number[] {
  const max = Math.max(...scores)
  const exps = scores.map((s) => Math.exp(s - max))
  const sum = exps.reduce((a, b) => a + b, 0)
  return exps.map((e) => e / sum)
}

/**
 * Decode every non-blank line (`rows[i]` for line i + 1; a blank line has an empty row and gets
 * no decision). Viterbi over log-probabilities of each line plus the transition scores.
 */
export function decodeRoles(rows: readonly FeatureRow[], blank: readonly boolean[], model: RoleModel): RoleDecision[] {
  const indexes = rows.flatMap((_, i) => (blank[i] ? [] : [i]))
  if (indexes.length === 0) return []
  const K = roleClasses.length
  const emissions = indexes.map((i) => softmax(scoreRow(rows[i]!, model)).map((p) => Math.log(Math.max(p, 1e-12))))
  const best: number[][] = [emissions[0]!.map((e, c) => e + model.start[c]!)]
  const back: number[][] = [new Array(K).fill(0)]
  for (let t = 1; t < indexes.length; t++) {
    const row: number[] = []
    const from: number[] = []
    for (let c = 0; c < K; c++) {
      let top = Number.NEGATIVE_INFINITY
      let arg = 0
      for (let p = 0; p < K; p++) {
        const score = best[t - 1]![p]! + model.transitions[p]![c]!
        if (score > top) {
          top = score
          arg = p
        }
      }
      row.push(top + emissions[t]![c]!)
      from.push(arg)
    }
    best.push(row)
    back.push(from)
  }
  const path = new Array<number>(indexes.length)
  const last = best[indexes.length - 1]!
  path[indexes.length - 1] = last.indexOf(Math.max(...last))
  for (let t = indexes.length - 1; t > 0; t--) path[t - 1] = back[t]![path[t]!]!
  return indexes.map((i, t) => {
    const chosen = path[t]!
    const probabilities = softmax(scoreRow(rows[i]!, model))
    const ranked = probabilities.map((p, c) => [p, c] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1])
    const runnerUp = ranked.find(([, c]) => c !== chosen)![1]
    const because = Object.entries(rows[i]!)
      .map(([feature, value]) => ({
        feature,
        contribution:
          (model.weights[feature]?.[chosen] ?? 0) * value - (model.weights[feature]?.[runnerUp] ?? 0) * value
      }))
      .filter((r) => r.contribution > 0)
      .sort((a, b) => b.contribution - a.contribution || (a.feature < b.feature ? -1 : 1))
      .slice(0, 5)
    return {
      line: i + 1,
      role: roleClasses[chosen]!,
      runnerUp: roleClasses[runnerUp]!,
      margin: Math.log(Math.max(probabilities[chosen]!, 1e-12)) - Math.log(Math.max(probabilities[runnerUp]!, 1e-12)),
      probabilities,
      because
    }
  })
}
