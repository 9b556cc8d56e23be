/**
 * Where a quarter's load (demand / capacity) turns colour: green below `amberFrom`, amber from `amberFrom` up to and
 * including `redAbove`, red above `redAbove`. Valid when 0 < amberFrom <= redAbove (see `capacityBandsProblem`).
 */
export interface CapacityBands {
  readonly amberFrom: number;
  readonly redAbove: number;
}
