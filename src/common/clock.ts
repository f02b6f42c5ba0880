import { Injectable } from '@nestjs/common';

/** The time, injectable so expiry, reminders and suspensions are tested without waiting. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
