/** A problem with a draft, at a path written as the server's validation writes it (`criteria.0.weight`, `criteria`). */
export interface PathProblem {
  readonly path: string;
  readonly message: string;
}
