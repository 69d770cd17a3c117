/** A problem with how lakeguard was called or configured: reported in one line, exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** `run` without any credentials: the action falls back to `test`, the CLI explains. */
export class NoCredentialsError extends UsageError {
  override name = 'NoCredentialsError';
}
