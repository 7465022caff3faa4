// One error type for every facts problem, so callers can tell bad data from bugs.
export class FactsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FactsError";
  }
}
