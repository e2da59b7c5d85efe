import { getMessages } from '@/lib/i18n/messages'

/**
 * The city app's strings as plain text for its client components: a client component that
 * imported the catalogues would ship every language's strings in the JavaScript of every
 * page (the service-worker prompt is on all of them). `{title}` is replaced on the device.
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
