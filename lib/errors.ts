// Typed errors of the domain. lib/api/respond.ts turns them into HTTP answers; nothing else
// decides a status code.
export type FieldError = { field: string; message: string };

export type AppErrorCode =
  | "invalid_request"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "idempotency_key_reused"
  | "idempotency_request_in_progress"
  | "payment_not_allowed"
  | "amount_out_of_range"
  | "refund_not_allowed"
  | "provider_rejected"
  | "provider_unavailable"
  | "payload_too_large"
  | "rate_limited"
  | "not_configured";

const STATUS: Record<AppErrorCode, number> = {
  invalid_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  idempotency_key_reused: 409,
  idempotency_request_in_progress: 409,
  payment_not_allowed: 409,
  amount_out_of_range: 400,
  refund_not_allowed: 422,
  provider_rejected: 422,
  provider_unavailable: 502,
  payload_too_large: 413,
  rate_limited: 429,
  not_configured: 503,
};

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return STATUS[this.code];
  }
}

/** Too many requests: answered 429 with Retry-After (whole seconds). */
export class RateLimitedError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super("rate_limited", `too many requests: retry in ${retryAfterSeconds} s`);
    this.name = "RateLimitedError";
  }
}
