/**
 * What a log line may carry. Logs go to operators and log services that the people on the
 * platform never agreed to: no email, password (or its hash), message text, token or query value
 * reaches them. Pure functions; `logging.ts` wires them into pino.
 */
export const REDACTED = '[redacted]';

/** Query parameters whose value is a secret wherever they appear (calendar feed, unsubscribe, reset links). */
const SECRET_PARAMETER = /token|secret|passw|pwd|^code$|^key$|^apikey$|^sig(nature)?$|^otp$|^auth/;

export function isSecretParameter(name: string): boolean {
  return SECRET_PARAMETER.test(name.toLowerCase().replace(/[^a-z]/g, ''));
}

/** A URL (or "METHOD /path?query") with every secret query value replaced; the path and other parameters stay. */
export function redactUrl(url: string): string {
  const start = url.indexOf('?');
  if (start === -1) return url;
  const end = url.includes('#', start) ? url.indexOf('#', start) : url.length;
  const query = url
    .slice(start + 1, end)
    .split('&')
    .map((pair) => {
      const equals = pair.indexOf('=');
      const name = equals === -1 ? pair : pair.slice(0, equals);
      return equals !== -1 && isSecretParameter(decodedName(name)) ? `${name}=${REDACTED}` : pair;
    })
    .join('&');
  return `${url.slice(0, start)}?${query}${url.slice(end)}`;
}

function decodedName(name: string): string {
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return name;
  }
}

const TEXT_RULES: ReadonlyArray<[RegExp, string | ((match: string) => string)]> = [
  // Secret query values inside free text (a route, a URL in an error message).
  [/([?&;][^=&\s#"'<>]*(?:token|secret|passw|code|key|sig)[^=&\s#"'<>]*=)[^&\s#"'<>]+/gi, `$1${REDACTED}`],
  [/\bBearer\s+[\w.~+/=-]+/gi, `Bearer ${REDACTED}`],
  [/\beyJ[\w-]*\.[\w-]+\.[\w-]*/g, REDACTED],
  [/\$argon2(?:id|i|d)\$[^\s"',)]+/g, REDACTED],
  [/[^\s@"'<>(),;:]+@[^\s@"'<>(),;:]+\.[a-z]{2,}/gi, REDACTED],
  // PostgreSQL quotes the offending value at the end of a message: `… for type uuid: "value"`.
  [/(:\s*)"(?:[^"\\]|\\.)*"/g, `$1"${REDACTED}"`],
  [/\b(Key \([^)]*\)=|Failing row contains )\((?:[^()]|\([^()]*\))*\)/g, `$1(${REDACTED})`],
  [/\bvalue "(?:[^"\\]|\\.)*"/g, `value "${REDACTED}"`],
  // Anything else in double quotes that is not a name (a table, a constraint) may be a value.
  [/"(?:[^"\\]|\\.)*"/g, (quoted) => (/^"(?:[A-Za-z_][\w$.-]{0,62}|\[redacted\])"$/.test(quoted) ? quoted : `"${REDACTED}"`)],
];

/** Free text (a log message, an error message or stack) without emails, tokens, hashes or quoted values. */
export function scrubText(text: string): string {
  return TEXT_RULES.reduce((result, [pattern, replacement]) => (typeof replacement === 'string' ? result.replace(pattern, replacement) : result.replace(pattern, replacement)), text);
}

/** SQL text keeps its shape ($1 placeholders, identifiers) but loses every string literal. */
export function scrubSql(sql: string): string {
  return scrubText(sql.replace(/'(?:[^']|'')*'/g, `'${REDACTED}'`));
}

export interface SerializedError {
  type: string;
  message: string;
  stack?: string;
  [key: string]: unknown;
}

/** Error fields that name where and what failed, never with which values. */
const SAFE_STRING_FIELDS = new Set(['code', 'name', 'severity', 'constraint', 'table', 'column', 'schema', 'dataType', 'routine', 'file', 'line', 'position', 'syscall', 'errno']);
const SAFE_NESTED_ERRORS = ['cause', 'driverError', 'originalError'];
const MAX_DEPTH = 4;

/**
 * The err serializer: type, scrubbed message and stack, the fields in the allow-list, SQL text
 * without literals, and the nested errors the same way. Query parameters, `detail`, `where`,
 * `hint` and anything else an error carries are left out: they hold the values of a query.
 */
export function serializeError(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrubText(value);
  if (!isErrorLike(value)) return value;
  const error = unwrapped(value);
  const serialized: SerializedError = {
    type: typeof error.constructor === 'function' && error.constructor !== Object ? error.constructor.name : typeof error.name === 'string' ? error.name : 'Error',
    message: scrubText(String(error.message)),
  };
  if (typeof error.stack === 'string') serialized.stack = scrubText(error.stack);
  for (const [key, field] of Object.entries(error)) {
    if (SAFE_STRING_FIELDS.has(key) && (typeof field === 'string' || typeof field === 'number')) serialized[key] = typeof field === 'string' ? scrubText(field) : field;
    else if (typeof field === 'number' || typeof field === 'boolean') serialized[key] = field;
  }
  if (typeof error.query === 'string') serialized.query = scrubSql(error.query);
  if (depth < MAX_DEPTH) {
    for (const key of SAFE_NESTED_ERRORS) {
      const nested = error[key];
      if (isErrorLike(nested)) serialized[key] = serializeError(nested, depth + 1);
    }
    if (Array.isArray(error.errors)) serialized.aggregateErrors = error.errors.filter(isErrorLike).map((nested) => serializeError(nested, depth + 1));
  }
  return serialized;
}

interface ErrorLike {
  name?: unknown;
  message: unknown;
  stack?: unknown;
  query?: unknown;
  errors?: unknown;
  constructor: unknown;
  [key: string]: unknown;
}

function isErrorLike(value: unknown): value is ErrorLike {
  return value instanceof Error || (typeof value === 'object' && value !== null && typeof (value as { message?: unknown }).message === 'string');
}

/** pino-http hands custom serializers pino's own serialization, with the original under `raw`. */
function unwrapped(value: ErrorLike): ErrorLike {
  const raw = (value as { raw?: unknown }).raw;
  return raw instanceof Error ? (raw as unknown as ErrorLike) : value;
}

/** The request as the access log shows it: id, method and the URL without secret query values. */
export function serializeRequest(req: { id?: unknown; method?: unknown; url?: unknown }): { id: unknown; method: unknown; url: unknown } {
  return { id: req.id, method: req.method, url: typeof req.url === 'string' ? redactUrl(req.url) : req.url };
}

/**
 * Keys pino censors wherever a log call puts them (at the top or one level down), whatever the
 * serializers do: a belt to the serializers' braces.
 */
export const REDACTED_PATHS: readonly string[] = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  ...['password', 'passwordHash', 'newPassword', 'currentPassword', 'token', 'accessToken', 'refreshToken', 'secret', 'authorization', 'cookie', 'email', 'body', 'parameters'].flatMap((key) => [key, `*.${key}`]),
];
