/**
 * What `npm run lighthouse` prints, from Lighthouse results: each page's scores against the
 * targets of issue #27 and the audits that cost it most. Plain data in, text out.
 */

/** The part of a Lighthouse result (LH.Result) the report reads. */
export interface LighthouseResultLike {
  categories: Record<string, { score: number | null; auditRefs: Array<{ id: string; weight: number }> } | undefined>;
  audits: Record<string, { title: string; score: number | null; scoreDisplayMode: string; displayValue?: string } | undefined>;
  /** How fast Lighthouse found this machine's CPU; below 1000 it warns that the default 4× slowdown overshoots. */
  environment?: { benchmarkIndex: number };
  /** Why the page could not be measured at all (NO_FCP: it never painted). */
  runtimeError?: { code: string; message: string };
}

export const CATEGORY_TARGETS = [
  { id: 'performance', label: 'performance', target: 90 },
  { id: 'accessibility', label: 'accessibility', target: 95 },
  { id: 'best-practices', label: 'best practices', target: 95 },
] as const;

export type CategoryId = (typeof CATEGORY_TARGETS)[number]['id'];

export interface CategoryScore {
  category: CategoryId;
  /** 0–100, or undefined when Lighthouse could not score it (an error on the page). */
  score: number | undefined;
  met: boolean;
}

export interface FailingAudit {
  id: string;
  title: string;
  score: number;
  displayValue?: string;
}

export interface PageReport {
  page: string;
  scores: CategoryScore[];
  failing: FailingAudit[];
  benchmarkIndex?: number;
  error?: string;
}

/** Audits below this score count as failing (Lighthouse shows them red or orange). */
const PASSING_AUDIT_SCORE = 0.9;
const SCORED_MODES = new Set(['binary', 'numeric', 'metricSavings']);

export function scoresAgainstTargets(result: LighthouseResultLike): CategoryScore[] {
  return CATEGORY_TARGETS.map(({ id, target }) => {
    const raw = result.categories[id]?.score;
    const score = raw === null || raw === undefined ? undefined : Math.round(raw * 100);
    return { category: id, score, met: score !== undefined && score >= target };
  });
}

/**
 * The failing audits of the measured categories, those that cost the most points first (weight ×
 * what they missed), then the unweighted ones (performance opportunities) by their own score.
 */
export function topFailingAudits(result: LighthouseResultLike, count: number): FailingAudit[] {
  const weights = new Map<string, number>();
  for (const { id } of CATEGORY_TARGETS) {
    for (const ref of result.categories[id]?.auditRefs ?? []) weights.set(ref.id, Math.max(weights.get(ref.id) ?? 0, ref.weight));
  }
  const failing: Array<FailingAudit & { cost: number }> = [];
  for (const [id, weight] of weights) {
    const audit = result.audits[id];
    if (audit === undefined || audit.score === null || !SCORED_MODES.has(audit.scoreDisplayMode) || audit.score >= PASSING_AUDIT_SCORE) continue;
    failing.push({ id, title: audit.title, score: audit.score, displayValue: audit.displayValue, cost: weight * (1 - audit.score) });
  }
  failing.sort((a, b) => b.cost - a.cost || a.score - b.score || a.id.localeCompare(b.id));
  return failing.slice(0, count).map(({ cost: _cost, ...audit }) => audit);
}

export function pageReport(page: string, result: LighthouseResultLike, failingCount = 6): PageReport {
  return { page, scores: scoresAgainstTargets(result), failing: topFailingAudits(result, failingCount), benchmarkIndex: result.environment?.benchmarkIndex, error: result.runtimeError?.code };
}

function cell(score: CategoryScore): string {
  const target = CATEGORY_TARGETS.find((entry) => entry.id === score.category)?.target ?? 0;
  return `${score.score ?? '—'} / ${target} ${score.met ? 'met' : 'not met'}`;
}

/** The scores as a Markdown table (the form docs/client.md keeps), then each page's failing audits. */
export function formatReport(reports: readonly PageReport[]): string {
  const header = `| page | ${CATEGORY_TARGETS.map((entry) => `${entry.label} (≥ ${entry.target})`).join(' | ')} |`;
  const rule = `|---|${CATEGORY_TARGETS.map(() => '---').join('|')}|`;
  const rows = reports.map((report) => `| ${report.page} | ${report.scores.map(cell).join(' | ')} |`);
  const audits = reports.flatMap((report) => {
    const page = report.benchmarkIndex === undefined ? report.page : `${report.page} (CPU benchmark index ${Math.round(report.benchmarkIndex)})`;
    if (report.error !== undefined) return [`${page}: not measured, Lighthouse stopped with ${report.error}`];
    return report.failing.length === 0
      ? [`${page}: no failing audits`]
      : [`${page}, failing audits:`, ...report.failing.map((audit) => `  ${audit.id} (${Math.round(audit.score * 100)}${audit.displayValue === undefined || audit.displayValue === '' ? '' : `, ${audit.displayValue}`}): ${audit.title}`)];
  });
  return [header, rule, ...rows, '', ...audits].join('\n');
}

export function allTargetsMet(reports: readonly PageReport[]): boolean {
  return reports.every((report) => report.scores.every((score) => score.met));
}
