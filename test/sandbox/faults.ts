/** Failures the sandbox can be told to produce, for the next N matching requests. */
export type Fault =
  /** Answer with this status (and body: a JSON value or raw text). */
  | { kind: 'status'; status: number; body?: unknown; headers?: Record<string, string> }
  /** 429 with a `Retry-After` of so many seconds. */
  | { kind: 'rate-limit'; retryAfterSeconds: number }
  /** Never answer; the connection stays open until the client gives up or the sandbox stops. */
  | { kind: 'hang' }
  /** Close the connection without an answer. */
  | { kind: 'drop' }
  /** Do what was asked, then never answer: the client cannot know the request landed. */
  | { kind: 'hang-after-handling' }
  /**
   * Do what was asked, then reset the connection without an answer. On a reused
   * keep-alive connection Chromium sends the request again by itself, unseen by
   * the page or worker that made it: a POST can land twice.
   */
  | { kind: 'reset-after-handling' }
  /** 200 with a body that is not valid JSON. */
  | { kind: 'malformed' };

export interface FaultMatch {
  /** Exact path, or a pattern tested against the path. Absent: any path. */
  path?: string | RegExp;
  method?: string;
}

interface ArmedFault {
  fault: Fault;
  match: FaultMatch;
  remaining: number;
}

/** Random failures for chaos tests: each matching request fails with this probability, with one of these faults. */
export interface ChaosOptions extends FaultMatch {
  probability: number;
  faults: Fault[];
  /** Same seed, same sequence of failures. */
  seed: number;
}

/** mulberry32: a small seeded generator, so a failing chaos run can be replayed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class FaultInjector {
  private armed: ArmedFault[] = [];
  private chaos: { options: ChaosOptions; random: () => number } | undefined;

  /** The next `times` requests that match fail with `fault` (in the order faults were added). */
  inject(fault: Fault, options: FaultMatch & { times?: number } = {}): void {
    const { times = 1, ...match } = options;
    this.armed.push({ fault, match, remaining: times });
  }

  /** From now on, matching requests fail at random (after any faults armed with `inject`). */
  startChaos(options: ChaosOptions): void {
    this.chaos = { options, random: seededRandom(options.seed) };
  }

  clear(): void {
    this.armed = [];
    this.chaos = undefined;
  }

  get pending(): number {
    return this.armed.reduce((sum, a) => sum + a.remaining, 0);
  }

  /** Takes one use of the first fault that matches this request, if any. */
  take(method: string, path: string): Fault | undefined {
    const armed = this.armed.find((a) => matches(a.match, method, path));
    if (!armed) return this.takeChaos(method, path);
    armed.remaining -= 1;
    if (armed.remaining <= 0) this.armed.splice(this.armed.indexOf(armed), 1);
    return armed.fault;
  }

  private takeChaos(method: string, path: string): Fault | undefined {
    if (!this.chaos || !matches(this.chaos.options, method, path)) return undefined;
    const { options, random } = this.chaos;
    if (random() >= options.probability) return undefined;
    return options.faults[Math.floor(random() * options.faults.length)];
  }
}

function matches(match: FaultMatch, method: string, path: string): boolean {
  if (match.method && match.method.toUpperCase() !== method) return false;
  if (match.path === undefined) return true;
  return typeof match.path === 'string' ? match.path === path : match.path.test(path);
}
