/** A draft template's problems, each with the path to it (`rules.2.maxDays`); none when the draft may be saved. */
export interface TemplateValidationDto {
  readonly problems: readonly { readonly path: string; readonly message: string }[];
}
