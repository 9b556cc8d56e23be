/** One choice in a filter: the value the filter keeps and the words the reader sees. */
export interface FilterChoice {
  readonly value: string;
  readonly label: string;
}
