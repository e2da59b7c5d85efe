import { buildSchema, parse, validate } from 'graphql'
import { describe, expect, it } from 'vitest'

import { maxDepthRule } from '../../src/lib/http/graphqlDepth'

const schema = buildSchema(`
  type Procedure { id: ID, slug: String, relatedProcedures: [Procedure] }
  type Docs { docs: [Procedure] }
  type Query { Procedures: Docs }
`)
const check = (query: string, max = 8) =>
  validate(schema, parse(query), [maxDepthRule(max)]).map((error) => error.message)
const related = (n: number, inner: string) =>
  `${'relatedProcedures { '.repeat(n)}${inner}${' }'.repeat(n)}`

describe('maxDepthRule', () => {
  it('counts nested fields, refusing one level over the limit', () => {
    expect(check(`{ Procedures { docs { ${related(5, 'id')} } } }`)).toEqual([])
    expect(check(`{ Procedures { docs { ${related(6, 'id')} } } }`)).toEqual([
      'The query nests 9 levels deep; at most 8 are allowed.',
    ])
  })

  it('follows named and inline fragments', () => {
    const query = (n: number) => `
      query { Procedures { docs { ...A } } }
      fragment A on Procedure { ${related(2, '...B ...B')} }
      fragment B on Procedure { id ... on Procedure { ${related(n, 'slug')} } }
    `
    expect(check(query(3))).toEqual([])
    expect(check(query(4))).toEqual(['The query nests 9 levels deep; at most 8 are allowed.'])
  })

  it('stays fast on fragment bombs and survives fragment cycles', () => {
    const bomb = Array.from(
      { length: 30 },
      (_, i) => `fragment F${i} on Procedure { relatedProcedures { ...F${i + 1} ...F${i + 1} } }`,
    ).join('\n')
    const errors = check(
      `{ Procedures { docs { ...F0 } } }\n${bomb}\nfragment F30 on Procedure { id }`,
    )
    expect(errors).toEqual(['The query nests 33 levels deep; at most 8 are allowed.'])
    // Walked naively this would visit 2^30 paths and time the test out.
    const cycle = `{ Procedures { docs { ...A } } } fragment A on Procedure { relatedProcedures { ...A } }`
    expect(() => check(cycle)).not.toThrow()
  })
})
