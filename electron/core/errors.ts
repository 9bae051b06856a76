import type { AppError, ErrorCode } from '../contract/result.js';

/** An error a handler raises on purpose; its message is shown to the user as it is. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
    readonly related?: AppError['related'],
  ) {
    super(message);
    this.name = 'DomainError';
  }

  toAppError(): AppError {
    return {
      code: this.code,
      message: this.message,
      ...(this.fields ? { fields: this.fields } : {}),
      ...(this.related ? { related: this.related } : {}),
    };
  }
}

/** A check beyond the schema failed for specific fields (e.g. a desa outside the kecamatan). */
export function fieldError(fields: Record<string, string>): DomainError {
  return new DomainError('validation', 'Periksa kembali isian yang ditandai.', fields);
}

export class DatabaseUnavailableError extends DomainError {
  constructor() {
    super('database-unavailable', 'Basis data tidak dapat dibuka. Lihat keterangan di layar pemulihan.');
  }
}
