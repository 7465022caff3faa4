/**
 * The one error type of the data pipeline. Its message always names the file, and where known the
 * line and the area code, so that a broken input can be found and fixed without a debugger.
 */
export interface DataErrorPlace {
  file: string;
  line?: number;
  code?: string;
}

export class DataError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly code: string | undefined;
  readonly problem: string;

  constructor(place: DataErrorPlace, problem: string) {
    const where = place.line === undefined ? place.file : `${place.file}:${place.line}`;
    const code = place.code === undefined ? "" : ` [${place.code}]`;
    super(`${where}${code}: ${problem}`);
    this.name = "DataError";
    this.file = place.file;
    this.line = place.line;
    this.code = place.code;
    this.problem = problem;
  }
}
