import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunPair } from '../api/client';
import { Notice, SelectField } from '../components/Field';
import { Pagination, Table } from '../components/Table';
import type { RunPairSort } from '../data/keys';
import { RUN_PAIRS_PER_PAGE, useRunPairs } from '../data/round-review';
import { describeFirstError } from '../i18n/describe-error';
import { translateReason } from '../i18n/translate-api';
import { formatDate, useViewerTimezone } from '../meetups/time';
import { pageCount } from './round-review';

const SORTS: readonly RunPairSort[] = ['-score', 'score', 'waiting'];
const SORT_KEYS: Record<RunPairSort, string> = { '-score': 'bestFirst', score: 'lowestFirst', waiting: 'waitingLongest' };

function Person({ person }: { person: RunPair['migrant'] }) {
  return (
    <>
      <span dir="auto">{person.displayName}</span>
      {person.placeName === null ? null : <span className="hint" dir="auto"> · {person.placeName}</span>}
    </>
  );
}

/** Every pair a dry run would propose, sortable and a page at a time; on a phone each row is a labelled card. */
export function RunPairsTable({ runId }: { runId: string }) {
  const { t, i18n } = useTranslation();
  const timeZone = useViewerTimezone();
  const [sort, setSort] = useState<RunPairSort>('-score');
  const [page, setPage] = useState(1);
  const pairs = useRunPairs(runId, sort, page);
  const pages = pairs.data === undefined ? 1 : pageCount(pairs.data.total, pairs.data.limit || RUN_PAIRS_PER_PAGE);
  const caption = t('staff.rounds.review.pairs');
  const column = {
    rank: t('staff.rounds.review.rank'),
    migrant: t('staff.rounds.review.migrant'),
    host: t('staff.rounds.review.host'),
    score: t('staff.rounds.review.score'),
    reasons: t('staff.rounds.review.reasons'),
    waiting: t('staff.rounds.review.waitingSince'),
  };
  return (
    <div>
      <SelectField id="run-pairs-sort" label={t('staff.rounds.review.sort')} value={sort} onChange={(value) => { setSort(value as RunPairSort); setPage(1); }}>
        {SORTS.map((s) => <option key={s} value={s}>{t(`staff.rounds.review.sorts.${SORT_KEYS[s]}`)}</option>)}
      </SelectField>
      <Notice kind="error">{describeFirstError(t, pairs.error)}</Notice>
      {pairs.data === undefined ? <p role="status">{t('common.loading')}</p> : (
        <Table caption={caption} stacking className="run-pairs">
            <thead>
              <tr>
                {Object.values(column).map((label) => <th key={label} scope="col">{label}</th>)}
              </tr>
            </thead>
            <tbody>
              {pairs.data.items.map((pair) => (
                <tr key={pair.id}>
                  <td data-label={column.rank}>{pair.rank}</td>
                  <td data-label={column.migrant}><Person person={pair.migrant} /></td>
                  <td data-label={column.host}><Person person={pair.host} /></td>
                  <td data-label={column.score}>{Math.round(pair.score)}</td>
                  <td data-label={column.reasons}>
                    <ul className="reasons">
                      {pair.reasons.map((reason) => <li key={reason.factor}>{translateReason(t, reason, i18n.language)}</li>)}
                    </ul>
                  </td>
                  <td data-label={column.waiting}><time dateTime={pair.migrantWaitingSince}>{formatDate(pair.migrantWaitingSince, i18n.language, timeZone)}</time></td>
                </tr>
              ))}
            </tbody>
        </Table>
      )}
      <Pagination label={t('staff.rounds.review.pages')} page={page} pages={pages} onPage={setPage} />
    </div>
  );
}
