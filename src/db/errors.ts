/** Errors the store throws, with messages written for users. */

export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';
  constructor(
    message = 'Your browser has no room left to store Baskets data. Nothing was changed: free some disk space or ' +
      'export and delete old applications, then try again.',
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

function errorName(error: unknown): string {
  if (error && typeof error === 'object' && 'name' in error && typeof error.name === 'string') return error.name;
  return '';
}

export function isQuotaError(error: unknown): boolean {
  const name = errorName(error);
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
  // Some engines report the quota problem as the cause of an AbortError.
  if (name === 'AbortError' && error && typeof error === 'object' && 'cause' in error) return isQuotaError(error.cause);
  return false;
}

/** Turn a low-level IndexedDB failure into one of ours; leave our own errors as they are. */
export function toStoreError(error: unknown): unknown {
  if (error instanceof StorageFullError || error instanceof ValidationError) return error;
  if (isQuotaError(error)) return new StorageFullError(undefined, { cause: error });
  if (errorName(error) === 'ConstraintError') {
    return new ValidationError('This job is already in your list under another record. Nothing was changed.', {
      cause: error,
    });
  }
  return error;
}
