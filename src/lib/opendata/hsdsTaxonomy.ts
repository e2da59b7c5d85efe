// Plaza's topics as one HSDS taxonomy, its terms, and the attributes linking a service to them.
import { paths } from '@/lib/content/paths'
import type { Topic } from '@/payload-types'

import {
  type HsdsContext,
  type HsdsService,
  pageUrl,
  relationId,
  texts,
  TOPICS_TAXONOMY_ID,
} from './hsdsContext'
import { hsdsId } from './hsdsId'

export function topicsTaxonomy(ctx: HsdsContext) {
  return {
    id: TOPICS_TAXONOMY_ID,
    name: texts(ctx).openData.hsds.taxonomyName,
    description: texts(ctx).openData.hsds.taxonomyDescription(ctx.city.name),
    uri: pageUrl(ctx, paths.topics()),
  }
}

export function topicTermId(topic: { id: number | string }): string {
  return hsdsId('taxonomy_term', topic.id)
}

export function taxonomyTerm(topic: Topic, ctx: HsdsContext) {
  return {
    id: topicTermId(topic),
    code: topic.slug,
    name: topic.title,
    description: topic.description || topic.title,
    taxonomy: texts(ctx).openData.hsds.taxonomyName,
    taxonomy_id: TOPICS_TAXONOMY_ID,
    language: ctx.locale,
    term_uri: pageUrl(ctx, paths.topic(topic.slug)),
  }
}

/** The service's published topics, as HSDS attributes linking it to taxonomy terms. */
export function topicAttributes(service: HsdsService, serviceId: string, ctx: HsdsContext) {
  return (service.topics ?? []).flatMap((value) => {
    const topic = ctx.topics.get(relationId(value)!)
    if (!topic) return []
    return [
      {
        id: hsdsId('attribute', service.id, topic.id),
        link_id: serviceId,
        link_type: 'topic',
        link_entity: 'service',
        taxonomy_term_id: topicTermId(topic),
        taxonomy_term: { ...taxonomyTerm(topic, ctx), taxonomy_detail: topicsTaxonomy(ctx) },
      },
    ]
  })
}

/** Plaza topic ids of a service, published or not: for the taxonomy_term_id filter. */
export function serviceTopicTermIds(service: HsdsService): string[] {
  return (service.topics ?? []).map((value) => topicTermId({ id: relationId(value)! }))
}
