// A GraphQL depth limit (docs/SECURITY.md): Payload limits complexity but not depth, and
// graphql-depth-limit is unmaintained; the rule is small enough to keep here.
import {
  GraphQLError,
  Kind,
  parse,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql'

/** Deepest selection accepted: a list, its documents, two relationships deep and their fields. */
export const GRAPHQL_MAX_DEPTH = 8

/** Refuses any operation whose fields nest more than `maxDepth` levels (fragments included). */
export function maxDepthRule(maxDepth: number): ValidationRule {
  return (context) => {
    const fragments = new Map<string, FragmentDefinitionNode>()
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION)
        fragments.set(definition.name.value, definition)
    }
    // Depth below each fragment, computed once: fragments spreading others several times
    // would otherwise make the walk exponential. Cycles are another rule's error; they count 0.
    const fragmentDepth = new Map<string, number>()
    const inProgress = new Set<string>()

    function depthBelow(selectionSet: SelectionSetNode | undefined): number {
      if (!selectionSet) return 0
      let deepest = 0
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          deepest = Math.max(deepest, 1 + depthBelow(selection.selectionSet))
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthBelow(selection.selectionSet))
        } else {
          deepest = Math.max(deepest, depthOfFragment(selection.name.value))
        }
      }
      return deepest
    }

    function depthOfFragment(name: string): number {
      const known = fragmentDepth.get(name)
      if (known !== undefined) return known
      const fragment = fragments.get(name)
      if (!fragment || inProgress.has(name)) return 0
      inProgress.add(name)
      const depth = depthBelow(fragment.selectionSet)
      inProgress.delete(name)
      fragmentDepth.set(name, depth)
      return depth
    }

    return {
      OperationDefinition(operation) {
        const depth = depthBelow(operation.selectionSet)
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(
              `The query nests ${depth} levels deep; at most ${maxDepth} are allowed.`,
              { nodes: [operation] },
            ),
          )
        }
      },
    }
  }
}

/**
 * Plaza's GraphQL schema has no subscriptions; graphql-js would only notice while executing
 * and Payload answers that with a 500. Refuse them at validation, like any invalid query.
 */
export const noSubscriptionsRule: ValidationRule = (context) => ({
  OperationDefinition(operation) {
    if (operation.operation === 'subscription')
      context.reportError(
        new GraphQLError('Subscriptions are not supported.', { nodes: [operation] }),
      )
  },
})

/** Whether a GraphQL HTTP request (JSON body) asks for a subscription operation. */
export async function isSubscriptionRequest(request: Request): Promise<boolean> {
  try {
    const body = (await request.json()) as { query?: unknown }
    if (typeof body?.query !== 'string') return false
    return parse(body.query).definitions.some(
      (definition) =>
        definition.kind === Kind.OPERATION_DEFINITION && definition.operation === 'subscription',
    )
  } catch {
    // Not JSON or not GraphQL: Payload's handler gives its own answer.
    return false
  }
}
