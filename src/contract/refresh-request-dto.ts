/** The answer to a refresh request: when the refresh it joined was asked for, and whether this call queued it. */
export interface RefreshRequestDto {
  readonly requestedAt: string;
  readonly queued: boolean;
}
