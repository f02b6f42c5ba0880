import { Fragment, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Conversation } from '../chat/Conversation';
import { ConfirmWithReason } from '../components/ConfirmWithReason';
import { Notice } from '../components/Field';
import { PageTitle } from '../components/PageTitle';
import { useMediaQuery } from '../components/use-media-query';
import { useBlockPerson, useMatch } from '../data/matches';
import { describeFirstError } from '../i18n/describe-error';
import { MeetupPlanner } from '../meetups/MeetupPlanner';
import { href, navigate } from '../router';
import { useSession } from '../session/session';
import { CheckInForm } from './CheckInForm';
import { tabAfterKey, type MatchSection } from './match-sections';
import { partnerOf } from './MatchesPage';

/** Where a phone shows one part of the match at a time; kept in step with styles.css. */
const PHONE = '(max-width: 40rem)';

/** One match: the conversation, its meetups, the check-in and blocking the other person; on a phone one part at a time. */
export function MatchPage({ matchId }: { matchId: string }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const { data: match, error: loadError } = useMatch(matchId);
  const block = useBlockPerson();
  const phone = useMediaQuery(PHONE);
  const [selected, setSelected] = useState<MatchSection>('chat');
  // On a phone a tab's content is drawn when it is first opened, then kept (with what was typed in it).
  const [opened, setOpened] = useState<ReadonlySet<MatchSection>>(() => new Set(['chat']));
  const select = (section: MatchSection): void => {
    setSelected(section);
    setOpened((before) => (before.has(section) ? before : new Set([...before, section])));
  };
  const error = describeFirstError(t, block.error, loadError);

  if (user === null || user === undefined) return null;
  if (match === undefined) return error === undefined ? <p role="status">{t('common.loading')}</p> : <Notice kind="error">{error}</Notice>;
  const partner = partnerOf(match, user);

  async function blockPartner(reason: string) {
    await block.mutateAsync({ userId: partner.id, body: reason === '' ? {} : { reason } });
    navigate('/matches');
  }

  const sections: Array<[MatchSection, ReactNode]> = [
    ['chat', <Conversation key="chat" match={match} partnerName={partner.displayName} />],
    ['meetups', <MeetupPlanner key="meetups" matchId={match.id} active={match.status === 'active'} />],
    ...(match.status === 'active' ? [['checkIn', <CheckInForm key="checkIn" matchId={match.id} />] as [MatchSection, ReactNode]] : []),
    [
      'safety',
      <Fragment key="safety">
        <h2>{t('match.safety')}</h2>
        <p>{t('match.blockExplained', { name: partner.displayName })}</p>
        <ConfirmWithReason label={t('match.block', { name: partner.displayName })} confirmLabel={t('match.confirmBlock', { name: partner.displayName })} onConfirm={blockPartner} />
      </Fragment>,
    ],
  ];
  const shown = sections.some(([name]) => name === selected) ? selected : 'chat';

  return (
    <section className="match-page" data-view={phone ? shown : 'all'}>
      <PageTitle>{t('match.title', { name: partner.displayName })}</PageTitle>
      <p className="match-status">
        <a href={href('/matches')}>{t('match.back')}</a> · {t(`matches.status.${match.status}`)}
      </p>
      <Notice kind="error">{error}</Notice>
      {phone ? (
        <>
          <SectionTabs names={sections.map(([name]) => name)} selected={shown} onSelect={select} />
          {sections.map(([name, content]) => (
            <div key={name} className={`match-panel match-panel-${name}`} role="tabpanel" id={`match-panel-${name}`} aria-labelledby={`match-tab-${name}`} hidden={name !== shown}>
              {name === shown || opened.has(name) ? content : null}
            </div>
          ))}
        </>
      ) : (
        <>
          <div className="match-layout">
            {sections[0]?.[1]}
            {sections[1]?.[1]}
          </div>
          {sections.slice(2).map(([name, content]) => (
            <div key={name}>{content}</div>
          ))}
        </>
      )}
    </section>
  );
}

/** The ARIA tabs pattern with automatic activation: arrows, Home and End move and select. */
function SectionTabs({ names, selected, onSelect }: { names: MatchSection[]; selected: MatchSection; onSelect: (name: MatchSection) => void }) {
  const { t, i18n } = useTranslation();
  const tabs = useRef(new Map<MatchSection, HTMLButtonElement>());

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const next = tabAfterKey(event.key, names.indexOf(selected), names.length, i18n.dir() === 'rtl' ? 'rtl' : 'ltr');
    const name = next === undefined ? undefined : names[next];
    if (name === undefined) return;
    event.preventDefault();
    onSelect(name);
    tabs.current.get(name)?.focus();
  }

  return (
    <div className="match-tabs" role="tablist" aria-label={t('match.sections.label')} onKeyDown={onKeyDown}>
      {names.map((name) => (
        <button
          key={name}
          ref={(element) => {
            if (element === null) tabs.current.delete(name);
            else tabs.current.set(name, element);
          }}
          type="button"
          role="tab"
          id={`match-tab-${name}`}
          aria-controls={`match-panel-${name}`}
          aria-selected={name === selected}
          tabIndex={name === selected ? 0 : -1}
          onClick={() => onSelect(name)}
        >
          {t(`match.sections.${name}`)}
        </button>
      ))}
    </div>
  );
}
