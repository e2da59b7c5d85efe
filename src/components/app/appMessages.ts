import { getMessages } from '@/lib/i18n/messages'

/**
 * The app's strings for its client components, so they do not ship every language's catalogue
 * on every page. `{title}` is replaced on the device.
 */
export function appClientMessages(locale: string) {
  const t = getMessages(locale).app
  const title = '{title}'
  return {
    updateAvailable: t.updateAvailable,
    reload: t.reload,
    save: t.save,
    savedButton: t.savedButton,
    saveNeedsJs: t.saveNeedsJs,
    savedMessage: t.savedMessage(title),
    unsavedMessage: t.unsavedMessage(title),
    savedNotOffline: t.savedNotOffline(title),
    savedNeedsJs: t.savedNeedsJs,
    savedEmpty: t.savedEmpty,
    kinds: t.kinds,
    remove: t.remove,
    removeLabel: t.removeLabel(title),
    removed: t.removed(title),
  }
}

export type AppClientMessages = ReturnType<typeof appClientMessages>
