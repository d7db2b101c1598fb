/** `collection.yaml`'s search shard size: its default, a value read, and a value refused. */
import {describe, expect, it} from 'vitest'
import {parseCollection} from '../src/index.js'

describe('searchShardSize in collection.yaml', () => {
  it('defaults to 64, reads a positive integer and refuses 0', () => {
    expect(parseCollection(null).collection.searchShardSize).toBe(64)
    expect(parseCollection({path: 'collection.yaml', text: 'title: T\n'}).collection.searchShardSize).toBe(64)
    const read = parseCollection({path: 'collection.yaml', text: 'title: T\nsearchShardSize: 8\n'})
    expect(read.errors).toEqual([])
    expect(read.collection.searchShardSize).toBe(8)
    const refused = parseCollection({path: 'collection.yaml', text: 'title: T\nsearchShardSize: 0\n'})
    expect(refused.errors.length).toBeGreaterThan(0)
    expect(refused.collection.searchShardSize).toBe(64)
  })
})
