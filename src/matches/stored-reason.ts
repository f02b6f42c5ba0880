/** A scoring reason as kept with a match: the same shape suggestions show. */
export interface StoredReason {
  factor: 'language' | 'distance' | 'interests' | 'availability' | 'waiting' | 'programme';
  score: number;
  detail: string;
  code: string;
  params: Record<string, string | number | string[]>;
}
