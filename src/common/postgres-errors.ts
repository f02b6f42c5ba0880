import { HttpStatus } from '@nestjs/common';

/** SQLSTATE codes a client's request can provoke, and what they mean to that client. */
const CLIENT_FACING_SQLSTATES: Record<string, { status: HttpStatus; message: string }> = {
  '23505': { status: HttpStatus.CONFLICT, message: 'This already exists' },
  '23P01': { status: HttpStatus.CONFLICT, message: 'This conflicts with something that already exists' },
  '23503': { status: HttpStatus.CONFLICT, message: 'This refers to something that does not exist (any more)' },
  '23514': { status: HttpStatus.BAD_REQUEST, message: 'A value is out of the allowed range' },
  '23502': { status: HttpStatus.BAD_REQUEST, message: 'A required value is missing' },
  '22P02': { status: HttpStatus.BAD_REQUEST, message: 'A value has the wrong format' },
  '22001': { status: HttpStatus.BAD_REQUEST, message: 'A value is too long' },
  '22003': { status: HttpStatus.BAD_REQUEST, message: 'A number is out of range' },
  '22007': { status: HttpStatus.BAD_REQUEST, message: 'A date or time has the wrong format' },
  '22008': { status: HttpStatus.BAD_REQUEST, message: 'A date or time is out of range' },
  '40001': { status: HttpStatus.CONFLICT, message: 'Another change happened at the same moment; please try again' },
  '40P01': { status: HttpStatus.CONFLICT, message: 'Another change happened at the same moment; please try again' },
};

export function sqlStateOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const direct = (error as { code?: unknown }).code;
  if (typeof direct === 'string') return direct;
  const driverError = (error as { driverError?: { code?: unknown } }).driverError;
  return typeof driverError?.code === 'string' ? driverError.code : undefined;
}

export function clientFacingDatabaseError(error: unknown): { status: HttpStatus; message: string } | undefined {
  const state = sqlStateOf(error);
  return state === undefined ? undefined : CLIENT_FACING_SQLSTATES[state];
}

export function isUniqueViolation(error: unknown): boolean {
  return sqlStateOf(error) === '23505';
}
