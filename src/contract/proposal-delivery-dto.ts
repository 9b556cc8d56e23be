/**
 * What delivers an approved proposal, as one viewer may see it: the project (and the epic, when an epic delivers it),
 * who linked it and when; or, when the viewer may not browse that project, only that it is delivered elsewhere, with
 * no key, name, date or person that could tell them more.
 */
export type ProposalDeliveryDto =
  | {
      readonly kind: 'project';
      readonly projectKey: string;
      readonly projectName: string;
      readonly linkedAt: string;
      readonly linkedByName: string | null;
    }
  | {
      readonly kind: 'epic';
      readonly projectKey: string;
      readonly projectName: string;
      readonly epicKey: string;
      /** The epic's summary when it was linked. */
      readonly epicSummary: string;
      readonly linkedAt: string;
      readonly linkedByName: string | null;
    }
  /** Delivered by a project the viewer cannot browse. */
  | { readonly kind: 'hidden' };
