'use client'

// Links this device's "Notify me" subscription to the citizen. Without Web Push it says so and
// the inbox still lists every notice.
import type { DeviceMessages } from '@/lib/eoffice/deviceMessages'

import { useDeviceLink } from './useDeviceLink'

export function DeviceLink({
  messages,
  notifyHref,
}: {
  messages: DeviceMessages
  notifyHref: string
}) {
  const { state, toggle } = useDeviceLink()

  return (
    <div className="myoffice-device" aria-live="polite">
      {state.kind === 'unsupported' && <p>{messages.deviceUnsupported}</p>}
      {state.kind === 'no-subscription' && (
        <p>
          <a href={notifyHref}>{messages.deviceNeedsNotify}</a>
        </p>
      )}
      {state.kind === 'failed' && <p role="alert">{messages.deviceFailed}</p>}
      {(state.kind === 'ready' || (state.kind === 'failed' && state.endpoint)) && (
        <>
          <p>{state.linked ? messages.deviceLinked : messages.deviceNotLinked}</p>
          <button
            type="button"
            className="button"
            onClick={() => toggle(state.endpoint as string, Boolean(state.linked))}
          >
            {state.linked ? messages.deviceUnlink : messages.deviceLink}
          </button>
        </>
      )}
    </div>
  )
}
