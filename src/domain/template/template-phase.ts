/**
 * A phase (PRINCE2 stage, waterfall phase) of a template, ended by a gate. A phase has started when its planned
 * start date has come, or when any item labelled with its label is in progress or done.
 */
export interface TemplatePhase {
  readonly name: string;
  /** Items carrying this label belong to the phase (matched without regard to case). */
  readonly label: string;
  /** Planned start, a plain date (yyyy-mm-dd), or null when only the work shows the start. */
  readonly start: string | null;
  /** What the gate at the end of the phase asks for, in words (gate rules check it). */
  readonly gate: string;
}
