/**
 * What the suggestions' shortcut (the nearest and the longest-waiting candidates only) costs in
 * quality: for each signed-in caller, the top ten it answers against the top ten of the same
 * ranking over every candidate the query can find, through the same service and domain functions.
 */
import { performance } from 'node:perf_hooks';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SuggestionsService } from '../src/matching/suggestions.service.js';
import { UserEntity } from '../src/users/user.entity.js';

const TOP = 10;

export interface Overlap {
  /** Mean share of the exhaustive top ten that the shortcut's top ten holds, 0..1. */
  mean: number;
  min: number;
  /** Mean and longest time of one exhaustive ranking, ms (outside every timed figure). */
  exhaustiveMeanMs: number;
}

/** `withProgramme`: each caller's `programmeId` is named, as in the latency figures. */
export async function topTenOverlap(app: INestApplication, callers: ReadonlyArray<{ email: string; programmeId: string | null }>, withProgramme: boolean): Promise<Overlap> {
  const suggestions = app.get(SuggestionsService);
  const users = app.get(DataSource).getRepository(UserEntity);
  const shares: number[] = [];
  let exhaustiveMs = 0;
  for (const caller of callers) {
    const user = await users.findOneByOrFail({ email: caller.email });
    const programmeId = withProgramme ? (caller.programmeId ?? undefined) : undefined;
    const shortcut = await suggestions.suggestionsFor(user, TOP, programmeId);
    const started = performance.now();
    const exhaustive = await suggestions.exhaustiveSuggestionsFor(user, TOP, programmeId);
    exhaustiveMs += performance.now() - started;
    const found = new Set(shortcut.map((suggestion) => suggestion.partner.id));
    const kept = exhaustive.filter((suggestion) => found.has(suggestion.partner.id)).length;
    shares.push(exhaustive.length === 0 ? (shortcut.length === 0 ? 1 : 0) : kept / exhaustive.length);
  }
  return {
    mean: shares.reduce((sum, share) => sum + share, 0) / Math.max(1, shares.length),
    min: Math.min(...shares),
    exhaustiveMeanMs: exhaustiveMs / Math.max(1, callers.length),
  };
}
