// One request at a time per host, paced, and a cap overall, so checking thousands of links never
// looks like an attack on a small council's web server.

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export interface HostPacerOptions {
  /** Minimum time between the starts of two requests to the same host, in ms. */
  hostIntervalMs: number
  /** Requests in flight at once, all hosts together. */
  concurrency: number
}

export class HostPacer {
  /** Per host: resolves with the moment the host's latest request ended. */
  private readonly lastEnd = new Map<string, Promise<number>>()
  private inFlight = 0
  private readonly waiting: Array<() => void> = []

  constructor(private readonly options: HostPacerOptions) {}

  /** Runs `request` when both the host's interval and the overall cap allow it. */
  async run<T>(host: string, request: () => Promise<T>): Promise<T> {
    // Each request starts an interval after the previous one ended, so the pace holds as the
    // host sees it whatever delayed us.
    const previous = this.lastEnd.get(host) ?? Promise.resolve(-Infinity)
    let ended!: (at: number) => void
    this.lastEnd.set(host, new Promise<number>((resolve) => (ended = resolve)))
    const previousEnd = await previous
    const wait = previousEnd + this.options.hostIntervalMs - Date.now()
    if (wait > 0) await sleep(wait)
    await this.acquire()
    try {
      return await request()
    } finally {
      this.release()
      ended(Date.now())
    }
  }

  private acquire(): Promise<void> {
    if (this.inFlight < this.options.concurrency) {
      this.inFlight += 1
      return Promise.resolve()
    }
    return new Promise((resolve) => this.waiting.push(resolve))
  }

  private release(): void {
    const next = this.waiting.shift()
    if (next) next()
    else this.inFlight -= 1
  }
}
