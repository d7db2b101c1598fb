/**
 * Fit the role decoder's weights on labelled lines (issue 20: "weights fitted on labelled pages,
 * stored as data, reproduced by one command"). Multinomial logistic regression with an L2 penalty,
 * trained by full-batch gradient descent with AdaGrad steps (Duchi, Hazan and Singer, JMLR 2011)
 * from zero weights, a fixed number of rounds, features in sorted order: no randomness, so the same
 * pages give the same weights, bit for bit, on any machine. Transition and start scores are the
 * add-½ smoothed log-frequencies of consecutive labelled roles.
 */
import {type RoleClass, type RoleModel, roleClasses, scoreRow, softmax} from './decode.js'
import type {FeatureRow} from './features.js'

/** One labelled page: a feature row per line and its role (null where a line is blank or unlabelled). */
export interface RoleExample {
  rows: FeatureRow[]
  labels: Array<RoleClass | null>
}

export interface FitOptions {
  /** Gradient rounds (default 300). */
  rounds?: number
  /** L2 penalty per weight, on the mean loss (default 0.002). */
  l2?: number
  /** AdaGrad step (default 0.5). */
  rate?: number
  /** Features seen on fewer lines are left out (default 3). */
  minCount?: number
}

/** Round to 4 decimals, so stored weights are short and the same everywhere. */
const round = (x: number) => Math.round(x * 1e4) / 1e4 || 0

/** Fit a `RoleModel` on labelled pages. Throws when no line is labelled. */
export function fitRoles(examples: readonly RoleExample[], options: FitOptions = {}): RoleModel {
  const rounds = options.rounds ?? 300
  const l2 = options.l2 ?? 0.002
  const rate = options.rate ?? 0.5
  const minCount = options.minCount ?? 3
  const K = roleClasses.length
  const lines: Array<{row: FeatureRow; label: number}> = []
  for (const example of examples)
    for (const [i, label] of example.labels.entries())
      if (label) lines.push({row: example.rows[i]!, label: roleClasses.indexOf(label)})
  if (lines.length === 0) throw new Error('fitRoles: no labelled line')

  const seen = new Map<string, number>()
  for (const {row} of lines) for (const feature of Object.keys(row)) seen.set(feature, (seen.get(feature) ?? 0) + 1)
  const features = [...seen]
    .filter(([, n]) => n >= minCount)
    .map(([f]) => f)
    .sort()
  const model: RoleModel = {
    weights: Object.fromEntries(features.map((f) => [f, new Array<number>(K).fill(0)])),
    bias: new Array<number>(K).fill(0),
    transitions: [],
    start: []
  }
  const squares: Record<string, number[]> = Object.fromEntries(features.map((f) => [f, new Array<number>(K).fill(0)]))
  const biasSquares = new Array<number>(K).fill(0)
  const n = lines.length
  for (let round = 0; round < rounds; round++) {
    const grad: Record<string, number[]> = Object.fromEntries(features.map((f) => [f, new Array<number>(K).fill(0)]))
    const biasGrad = new Array<number>(K).fill(0)
    for (const {row, label} of lines) {
      const p = softmax(scoreRow(row, model))
      const g = p.map((pc, c) => (pc - (c === label ? 1 : 0)) / n)
      for (let c = 0; c < K; c++) biasGrad[c]! += g[c]!
      for (const [feature, value] of Object.entries(row)) {
        const slot = grad[feature]
        if (slot) for (let c = 0; c < K; c++) slot[c]! += g[c]! * value
      }
    }
    for (const feature of features) {
      const w = model.weights[feature]!
      const g = grad[feature]!
      const s = squares[feature]!
      for (let c = 0; c < K; c++) {
        const step = g[c]! + l2 * w[c]!
        s[c]! += step * step
        w[c]! -= (rate * step) / Math.sqrt(s[c]! + 1e-8)
      }
    }
    for (let c = 0; c < K; c++) {
      biasSquares[c]! += biasGrad[c]! * biasGrad[c]!
      model.bias[c]! -= (rate * biasGrad[c]!) / Math.sqrt(biasSquares[c]! + 1e-8)
    }
  }

  const transitions = roleClasses.map(() => new Array<number>(K).fill(0.5))
  const start = new Array<number>(K).fill(0.5)
  for (const example of examples) {
    const sequence = example.labels.flatMap((label) => (label ? [roleClasses.indexOf(label)] : []))
    if (sequence.length > 0) start[sequence[0]!]! += 1
    for (let t = 1; t < sequence.length; t++) transitions[sequence[t - 1]!]![sequence[t]!]! += 1
  }
  const logNormalize = (row: number[]) => {
    const sum = row.reduce((a, b) => a + b, 0)
    return row.map((x) => round(Math.log(x / sum)))
  }
  return {
    weights: Object.fromEntries(features.map((f) => [f, model.weights[f]!.map(round)])),
    bias: model.bias.map(round),
    transitions: transitions.map(logNormalize),
    start: logNormalize(start)
  }
}
