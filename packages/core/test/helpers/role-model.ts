/**
 * A hand-made role model for tests: the given weights (feature → role → weight), no bias, flat
 * transitions and start. Lets a test say which shapes read as which role without fitting weights.
 */
import {roleClasses, type RoleModel} from '../../src/index.js'

type Role = (typeof roleClasses)[number]

/** A `RoleModel` with `weights[feature][role]` set, every other weight 0, transitions and start uniform. */
export function handModel(weights: Record<string, Partial<Record<Role, number>>>): RoleModel {
  const K = roleClasses.length
  const rows = Object.fromEntries(
    Object.entries(weights).map(([feature, byRole]) => [feature, roleClasses.map((role) => byRole[role] ?? 0)])
  )
  const flat = () => new Array(K).fill(Math.log(1 / K))
  return {weights: rows, bias: new Array(K).fill(0), transitions: roleClasses.map(flat), start: flat()}
}
