const REASON_PHRASES: Partial<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};

export interface HttpErrorBody {
  statusCode: number;
  message: string | string[];
  error: string;
  code?: string;
  params?: Record<string, unknown>;
  requestId?: string;
}

export function errorBody(statusCode: number, message: string | string[], extra: Partial<HttpErrorBody> = {}): HttpErrorBody {
  return { statusCode, message, error: REASON_PHRASES[statusCode] ?? 'Error', ...extra };
}
