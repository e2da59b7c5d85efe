/** "+34 900 100 200" → "tel:+34900100200": dialable on phones, whatever the spacing. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`
}
