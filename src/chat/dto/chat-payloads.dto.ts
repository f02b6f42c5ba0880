import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUUID, Max, Min, ValidateBy } from 'class-validator';
import type { JoinPayload, ReadPayload, SendPayload, TypingPayload } from '../../realtime/realtime-events.js';
import { messageBodyProblem, normaliseMessageBody } from '../domain/message-body.js';

/** PostgreSQL `int`: anything larger cannot be a seq. */
export const MAX_SEQ = 2_147_483_647;

const IsMessageBody = (): PropertyDecorator =>
  ValidateBy({
    name: 'isMessageBody',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && messageBodyProblem(value) === undefined,
      defaultMessage: (args) => (typeof args?.value === 'string' ? (messageBodyProblem(args.value) ?? 'body is invalid') : 'body must be a string'),
    },
  });

export class JoinDto implements JoinPayload {
  @IsUUID() matchId: string;
  /** The highest seq the client holds without gaps; omitted or 0 for the whole conversation. */
  @IsOptional() @IsInt() @Min(0) @Max(MAX_SEQ) afterSeq?: number;
}

export class SendDto implements SendPayload {
  @IsUUID() matchId: string;
  /** Chosen by the client once per message and reused on every retry. */
  @IsUUID() clientId: string;
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? normaliseMessageBody(value) : value))
  @IsString()
  @IsMessageBody()
  body: string;
}

export class TypingDto implements TypingPayload {
  @IsUUID() matchId: string;
}

export class ReadDto implements ReadPayload {
  @IsUUID() matchId: string;
  @IsInt() @Min(0) @Max(MAX_SEQ) seq: number;
}
