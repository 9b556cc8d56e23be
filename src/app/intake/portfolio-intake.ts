import type { DeliveredProposalDto } from '../../contract/delivered-proposal-dto';

/** What the portfolio needs of intake for one viewer: which projects are intake projects, and what each project delivers. */
export interface PortfolioIntake {
  /** Every project the intake settings name, browsable or not: these are proposals, not delivery work. */
  readonly intakeProjectKeys: ReadonlySet<string>;
  /** By delivering project key: the approved proposals it delivers, of intake projects the viewer may browse, in key order. */
  readonly deliveredBy: ReadonlyMap<string, readonly DeliveredProposalDto[]>;
}
