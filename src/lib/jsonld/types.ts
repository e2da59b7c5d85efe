/** A schema.org node as plain JSON; builders return these and `JsonLd` serialises them. */
export type JsonLdNode = { [key: string]: JsonLdValue }
export type JsonLdValue = string | number | boolean | null | undefined | JsonLdNode | JsonLdValue[]
