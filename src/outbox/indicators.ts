/** What the outbox shows of itself in the browser: the toolbar badge and the alarm that wakes the worker. */
export interface IndicatorDeps {
  /** Wakes the worker at this time (an alarm), or never when undefined: the outbox is flushed again then. */
  scheduleWake: (at: number | undefined) => Promise<void>;
  /** Shown on the toolbar button. */
  showPendingCount: (count: number) => Promise<void>;
}

/**
 * The badge and the alarm, each set only when what it shows changes (every
 * change is a call into the browser), one update after another.
 */
export function createIndicators(deps: IndicatorDeps) {
  let chain: Promise<void> = Promise.resolve();
  /** As this run last set them; undefined: not known (a fresh run sets both). */
  let shownCount: number | undefined;
  let wake: { at: number | undefined } | undefined;

  const inTurn = (update: () => Promise<void>) => {
    chain = chain.then(update).catch((error: unknown) => console.warn('Outbox badge or alarm not updated', error));
    return chain;
  };

  /** The count to show; updates asked for while one is on its way collapse into one, with the latest count. */
  let wanted: number | undefined;
  let showing: Promise<void> | undefined;

  return {
    /** How many wait. During a flush this changes with every landing; the badge follows as fast as the browser does. */
    showCount(count: number): Promise<void> {
      wanted = count;
      showing ??= inTurn(async () => {
        showing = undefined;
        if (wanted === undefined || wanted === shownCount) return;
        const count = wanted;
        await deps.showPendingCount(count);
        shownCount = count;
      });
      return showing;
    },
    /** Wake exactly then (or never): after the whole queue was looked at. */
    wakeAt: (at: number | undefined) =>
      inTurn(async () => {
        if (wake && wake.at === at) return;
        await deps.scheduleWake(at);
        wake = { at };
      }),
    /** Wake no later than then: a capture waits from then on; an earlier wake-up stays as it is. */
    wakeBy: (at: number) =>
      inTurn(async () => {
        if (wake?.at !== undefined && wake.at <= at) return;
        await deps.scheduleWake(at);
        wake = { at };
      }),
    /** The browser's state is unknown again (the worker restarted): the next updates are made whatever they say. */
    forget: () => {
      shownCount = undefined;
      wake = undefined;
    },
  };
}
