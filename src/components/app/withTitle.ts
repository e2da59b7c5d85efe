// Kept apart from appMessages.ts, which imports the catalogues: client components import this.
/** A `{title}` string from appClientMessages with the item's title put in. */
export const withTitle = (text: string, value: string) => text.split('{title}').join(value)
