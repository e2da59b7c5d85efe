// The official CPSV-AP 3.2.0 SHACL shapes (tests/fixtures/cpsv-ap-3.2.0, see its NOTICE)
// with rdf-validate-shacl. JSON-LD becomes RDF with the `jsonld` package; its document
// loader refuses every address, so a document that needs a remote context fails instead
// of reaching the network.
import fs from 'node:fs'
import path from 'node:path'

import jsonld from 'jsonld'
import { Parser, Store } from 'n3'
import SHACLValidator from 'rdf-validate-shacl'

const SHAPES = path.join(import.meta.dirname, '../fixtures/cpsv-ap-3.2.0/cpsv-ap-SHACL.ttl')

export interface ShaclViolation {
  focusNode: string
  path: string | null
  message: string
}

const offline = async (url: string): Promise<never> => {
  throw new Error(`no network in tests: refused to load ${url}`)
}

export async function jsonLdToStore(document: object): Promise<Store> {
  const nquads = (await jsonld.toRDF(
    document as jsonld.JsonLdDocument,
    {
      format: 'application/n-quads',
      documentLoader: offline,
    } as jsonld.Options.ToRdf,
  )) as unknown as string
  return new Store(new Parser({ format: 'application/n-quads' }).parse(nquads))
}

/** A validator over the CPSV-AP shapes; `validate` lists every violation (none: conforms). */
export function cpsvValidator() {
  const shapes = new Store(new Parser().parse(fs.readFileSync(SHAPES, 'utf8')))
  const validator = new SHACLValidator(shapes)
  return {
    async validate(document: object): Promise<{ triples: number; violations: ShaclViolation[] }> {
      const data = await jsonLdToStore(document)
      const report = await validator.validate(data)
      return {
        triples: data.size,
        violations: report.results.map((result) => ({
          focusNode: result.focusNode?.value ?? '',
          path: result.path?.value ?? null,
          message:
            result.message.map((m) => m.value).join(' ') ||
            String(result.sourceConstraintComponent?.value),
        })),
      }
    },
  }
}
