import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { badCursor } from './common-errors.js';

export class PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100)
  limit?: number;

  @ApiPropertyOptional({ description: 'Opaque cursor from the previous page\'s nextCursor' })
  @IsOptional() @IsString() @MaxLength(200)
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** How a list kept in time order is read: the latest first, or the earliest first. */
export const TIME_ORDERS = ['newest', 'oldest'] as const;
export type TimeOrder = (typeof TIME_ORDERS)[number];

/** The SQL of a time order: how rows after a cursor compare with it, and which way to sort. */
export function keysetOrder(order: TimeOrder): { after: '<' | '>'; direction: 'DESC' | 'ASC' } {
  return order === 'newest' ? { after: '<', direction: 'DESC' } : { after: '>', direction: 'ASC' };
}

/** A keyset position: the sort timestamp and the id that breaks ties. */
export interface KeysetPosition {
  at: Date;
  id: string;
}

export function encodeCursor(position: KeysetPosition): string {
  return Buffer.from(JSON.stringify([position.at.toISOString(), position.id])).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): KeysetPosition | undefined {
  if (cursor === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[0] === 'string' && typeof parsed[1] === 'string') {
      const at = new Date(parsed[0]);
      if (!Number.isNaN(at.getTime()) && /^[0-9a-f-]{36}$/i.test(parsed[1])) return { at, id: parsed[1] };
    }
  } catch {
    // fall through to the clear error below
  }
  throw badCursor();
}

/** A keyset position in a list sorted by a rank first (urgent before the rest), then time and id. */
export interface RankedKeysetPosition extends KeysetPosition {
  rank: number;
}

export function encodeRankedCursor(position: RankedKeysetPosition): string {
  return Buffer.from(JSON.stringify([position.rank, position.at.toISOString(), position.id])).toString('base64url');
}

/** A plain two-part cursor is refused too: it cannot say which part of a ranked list it stopped in. */
export function decodeRankedCursor(cursor: string | undefined): RankedKeysetPosition | undefined {
  if (cursor === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 3 && Number.isInteger(parsed[0]) && typeof parsed[1] === 'string' && typeof parsed[2] === 'string') {
      const at = new Date(parsed[1]);
      if (!Number.isNaN(at.getTime()) && /^[0-9a-f-]{36}$/i.test(parsed[2])) return { rank: parsed[0] as number, at, id: parsed[2] };
    }
  } catch {
    // fall through to the clear error below
  }
  throw badCursor();
}

/** Fetch limit+1 rows, then call this: the extra row only tells whether another page exists. */
export function toPage<Row, Item>(rows: Row[], limit: number, position: (row: Row) => KeysetPosition, view: (row: Row) => Item): Page<Item> {
  return toPageWith(rows, limit, (row) => encodeCursor(position(row)), view);
}

/** `toPage` for a ranked list. */
export function toRankedPage<Row, Item>(rows: Row[], limit: number, position: (row: Row) => RankedKeysetPosition, view: (row: Row) => Item): Page<Item> {
  return toPageWith(rows, limit, (row) => encodeRankedCursor(position(row)), view);
}

function toPageWith<Row, Item>(rows: Row[], limit: number, cursorOf: (row: Row) => string, view: (row: Row) => Item): Page<Item> {
  const pageRows = rows.slice(0, limit);
  const last = pageRows.at(-1);
  return {
    items: pageRows.map(view),
    nextCursor: rows.length > limit && last !== undefined ? cursorOf(last) : null,
  };
}
