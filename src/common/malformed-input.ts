import { BadRequestException } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

/**
 * How deeply a body, query or socket payload may nest. The deepest real payload has three levels;
 * class-transformer recurses once per level and overflows the stack a few thousand levels down.
 */
export const MAX_INPUT_DEPTH = 32;

/** Keys that class-transformer drops without a word; refused instead, like any unknown field. */
const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Text PostgreSQL can store: no U+0000 (text columns refuse it) and no unpaired surrogate (UTF-8 has
 * none; the driver would store U+FFFD instead of what was sent). Both are native single scans.
 */
export function isStorableText(text: string): boolean {
  return !text.includes('\u0000') && text.isWellFormed();
}

type Problem = { kind: 'text' | 'key-text' | 'prototype-key' | 'depth'; path: string[] };

/**
 * Why a parsed body, query or socket payload is bad input whatever the route, or undefined: text
 * with NUL or a lone surrogate (in values and keys), `__proto__`/`constructor`/`prototype` keys, or
 * nesting deeper than MAX_INPUT_DEPTH. Checked before any DTO sees the value, so no route can store
 * such text, drop such a key silently, or overflow the stack transforming it.
 */
export function malformedInputProblem(value: unknown): string | undefined {
  const problem = problemIn(value, 0);
  if (problem === undefined) return undefined;
  const path = problem.path.join('.');
  switch (problem.kind) {
    case 'text':
      return `${path === '' ? 'text' : path} must not contain NUL characters or unpaired surrogates`;
    case 'key-text':
      return `property names${path === '' ? '' : ` in ${path}`} must not contain NUL characters or unpaired surrogates`;
    case 'prototype-key': {
      // class-validator's words for an unknown field, nested the way the ValidationPipe words it.
      const key = problem.path.pop() ?? '';
      return `${problem.path.map((segment) => `${segment}.`).join('')}property ${key} should not exist`;
    }
    case 'depth':
      return `input must not nest more than ${MAX_INPUT_DEPTH} levels deep`;
  }
}

/** Depth-first, stopping at the first problem; the path is only built for that one. */
function problemIn(value: unknown, depth: number): Problem | undefined {
  if (typeof value === 'string') return isStorableText(value) ? undefined : { kind: 'text', path: [] };
  if (typeof value !== 'object' || value === null) return undefined;
  if (depth === MAX_INPUT_DEPTH) return { kind: 'depth', path: [] };
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      const problem = problemIn(value[index], depth + 1);
      if (problem !== undefined) return within(String(index), problem);
    }
    return undefined;
  }
  for (const key of Object.keys(value)) {
    if (!isStorableText(key)) return { kind: 'key-text', path: [] };
    if (PROTOTYPE_KEYS.has(key)) return { kind: 'prototype-key', path: [key] };
    const problem = problemIn((value as Record<string, unknown>)[key], depth + 1);
    if (problem !== undefined) return within(key, problem);
  }
  return undefined;
}

function within(segment: string, problem: Problem): Problem {
  problem.path.unshift(segment);
  return problem;
}

/** Throws the 400 a malformed payload deserves (see malformedInputProblem). */
export function refuseMalformedInput(value: unknown): void {
  const problem = malformedInputProblem(value);
  if (problem !== undefined) throw new BadRequestException([problem]);
}

/**
 * The HTTP half: every parsed body and query, on every route (with or without a DTO), before
 * guards and pipes. Route params need no check here: each one goes through ParseUUIDPipe.
 */
export function refuseMalformedRequests(request: Request, _response: Response, next: NextFunction): void {
  refuseMalformedInput(request.body);
  refuseMalformedInput(request.query);
  next();
}
