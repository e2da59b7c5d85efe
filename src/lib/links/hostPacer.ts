// Link checking must be a good neighbour: at most one request per interval to any one host
// (redirects included) and a cap on requests in flight overall, so that checking thousands
// of links never looks like an attack on a small council's or a ministry's web server.

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export interface HostPacerOptions {
  /** Minimum time between the starts of two requests to the same host, in ms. */
  hostIntervalMs: number
  /** Requests in flight at once, all hosts together. */
  concurrency: number
}

export class HostPacer {
  /** Per host: resolves with the moment the host's latest request started. */
  private readonly lastStart = new Map<string, Promise<number>>()
  private inFlight = 0
  private readonly waiting: Array<() => void> = []

  constructor(private readonly options: HostPacerOptions) {}

  /** Runs `request` when both the host's interval and the overall cap allow it. */
  async run<T>(host: string, request: () => Promise<T>): Promise<T> {
    // Requests to one host start in order, each an interval after the previous one really
    // started (waiting for the overall cap included), never after it was merely planned.
    const previous = this.lastStart.get(host) ?? Promise.resolve(-Infinity)
    let started!: (at: number) => void
    this.lastStart.set(host, new Promise<number>((resolve) => (started = resolve)))
    const previousStart = await previous
    const wait = previousStart + this.options.hostIntervalMs - Date.now()
    if (wait > 0) await sleep(wait)
    await this.acquire()
    started(Date.now())
    try {
      return await request()
    } finally {
      this.release()
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
