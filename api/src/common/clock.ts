/**
 * The time business rules read (acceptance dates, due dates, "overdue"). One instance per server; tests pass a
 * settable one so deadline cases around holidays run on the real API without waiting for the calendar.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that stands where it is set and moves only when told (tests, demos). */
export class SettableClock implements Clock {
  constructor(private at: Date = new Date()) {}

  now(): Date {
    return new Date(this.at.getTime());
  }

  set(at: Date | string): void {
    this.at = new Date(at);
  }
}
