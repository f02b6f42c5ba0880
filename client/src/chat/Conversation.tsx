import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChatMessage } from '@shared/realtime-events';
import type { Match, ReportReason } from '../api/client';
import { Notice, SelectField, TextField } from '../components/Field';
import { fetchMessageHistory, useReportMessage } from '../data/chat';
import { describeError } from '../i18n/describe-error';
import { clearDraft, loadDraft, saveDraft } from '../offline/draft-store';
import { formatTime, useViewerTimezone } from '../meetups/time';
import { chatTransport, useConnected, useRealtimeSocket } from '../realtime';
import { useSession } from '../session/session';
import { ChatSession } from './chat-session';
import { latestFromPeer, peerIsTyping, timeline, TYPING_SHOWN_MS, type ChatState } from './chat-sync';
import { Button } from '../components/Button';

const TYPING_EMIT_EVERY_MS = 2500;
const REPORT_REASONS: ReportReason[] = ['harassment', 'spam', 'safety', 'inappropriate', 'other'];

/** Live chat for one match: history, sending with retry, typing and read indicators, reporting. */
export function Conversation({ match, partnerName }: { match: Match; partnerName: string }) {
  const { t, i18n } = useTranslation();
  const { sessionKey, user } = useSession();
  const timeZone = useViewerTimezone();
  const [state, setState] = useState<ChatState>();
  const [draft, setDraft] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const [now, setNow] = useState(Date.now());
  const sessionRef = useRef<ChatSession>(undefined);
  const lastTypingSent = useRef(0);
  const announcedUpTo = useRef<number>(-1);
  const lastReadSent = useRef(0);
  const socket = useRealtimeSocket(sessionKey);
  const connected = useConnected(socket);
  const readOnly = match.status !== 'active';
  const userId = user?.id;

  // The text typed here before a reload or on this device earlier, kept per person and match.
  useEffect(() => {
    if (userId !== undefined) setDraft(loadDraft(userId, match.id));
  }, [userId, match.id]);

  useEffect(() => {
    if (socket === undefined || user === null || user === undefined) return;
    const history = (afterSeq: number) => fetchMessageHistory(match.id, afterSeq);
    const session = new ChatSession(chatTransport(socket), match.id, user.id, setState, { history });
    sessionRef.current = session;
    session.start();
    return () => session.stop();
  }, [socket, match.id, user]);

  // Announce messages from the other person that arrive after the history was loaded.
  useEffect(() => {
    if (state === undefined || !state.loaded) return;
    const newest = latestFromPeer(state);
    if (announcedUpTo.current !== -1 && newest > announcedUpTo.current) {
      const message = state.messages.find((m) => m.seq === newest);
      if (message !== undefined) setAnnouncement(t('chat.newMessage', { name: partnerName, body: message.body ?? t('chat.hidden') }));
    }
    announcedUpTo.current = Math.max(announcedUpTo.current, newest);
    if (newest > lastReadSent.current && document.visibilityState === 'visible') {
      lastReadSent.current = newest;
      void sessionRef.current?.markRead(newest);
    }
  }, [state, partnerName, t]);

  useEffect(() => {
    if (state?.peerTypingAt === null || state?.peerTypingAt === undefined) return;
    const timer = setTimeout(() => setNow(Date.now()), TYPING_SHOWN_MS + 50);
    setNow(Date.now());
    return () => clearTimeout(timer);
  }, [state?.peerTypingAt]);

  function send(event?: FormEvent) {
    event?.preventDefault();
    const body = draft.trim();
    if (body === '' || readOnly) return;
    sessionRef.current?.send(body);
    setDraft('');
    if (userId !== undefined) clearDraft(userId, match.id);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      send();
    }
  }

  function onDraft(value: string) {
    setDraft(value);
    if (userId !== undefined) saveDraft(userId, match.id, value);
    if (Date.now() - lastTypingSent.current > TYPING_EMIT_EVERY_MS) {
      lastTypingSent.current = Date.now();
      sessionRef.current?.typing();
    }
  }

  const items = state === undefined ? [] : timeline(state);
  const myLastSeq = state?.messages.filter((m) => m.senderId === user?.id).at(-1)?.seq;
  return (
    <section className="conversation" aria-labelledby="conversation-title">
      <h2 id="conversation-title">{t('chat.title', { name: partnerName })}</h2>
      <p className="meta" role="status">{connected ? t('chat.connected') : t('chat.reconnecting')}</p>
      {sessionRef.current?.joinError === undefined ? null : <Notice kind="error">{describeError(sessionRef.current.joinError, t)}</Notice>}
      <ol className="messages" aria-label={t('chat.history')}>
        {items.length === 0 ? <li className="meta">{t('chat.empty')}</li> : null}
        {items.map((item) =>
          item.kind === 'message' ? (
            <MessageItem key={item.message.id} message={item.message} mine={item.message.senderId === user?.id} partnerName={partnerName} time={formatTime(item.message.createdAt, i18n.language, timeZone)} read={item.message.seq === myLastSeq && (state?.peerReadSeq ?? 0) >= item.message.seq} matchId={match.id} />
          ) : (
            <li key={item.outgoing.clientId} className="message mine pending">
              <p className="body">{item.outgoing.body}</p>
              <p className="meta">
                {item.outgoing.failed === undefined ? t('chat.sending') : t('chat.failed', { error: describeError(item.outgoing.failed, t) })}
                {item.outgoing.failed === undefined ? null : (
                  <Button variant="link" onClick={() => sessionRef.current?.discard(item.outgoing.clientId)}>{t('chat.discard')}</Button>
                )}
              </p>
            </li>
          ),
        )}
      </ol>
      <p className="typing" aria-live="polite">{state !== undefined && peerIsTyping(state, now) ? t('chat.typing', { name: partnerName }) : ''}</p>
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">{announcement}</div>
      {readOnly ? (
        <p>{t('chat.readOnly')}</p>
      ) : (
        <form onSubmit={send} className="composer">
          <div className="field">
            <label htmlFor="chat-message">{t('chat.message')}</label>
            <textarea id="chat-message" rows={2} maxLength={4000} value={draft} onChange={(event) => onDraft(event.target.value)} onKeyDown={onKeyDown} aria-describedby="chat-message-hint" />
            <p className="hint" id="chat-message-hint">{t('chat.hint')}</p>
          </div>
          <Button type="submit" disabled={draft.trim() === ''}>{t('chat.send')}</Button>
        </form>
      )}
    </section>
  );
}

interface MessageItemProps { message: ChatMessage; mine: boolean; partnerName: string; time: string; read: boolean; matchId: string }

function MessageItem({ message, mine, partnerName, time, read, matchId }: MessageItemProps) {
  const { t } = useTranslation();
  const [reporting, setReporting] = useState(false);
  const [reason, setReason] = useState<ReportReason>('inappropriate');
  const [details, setDetails] = useState('');
  const sendReport = useReportMessage();

  function report(event: FormEvent) {
    event.preventDefault();
    const body = { messageId: message.id, matchId, reason, ...(details.trim() === '' ? {} : { details: details.trim() }) };
    sendReport.mutate(body, { onSuccess: () => setReporting(false) });
  }

  return (
    <li className={mine ? 'message mine' : 'message'}>
      <p className="sender visually-hidden">{mine ? t('chat.you') : partnerName}</p>
      <p className={message.body === null ? 'body hidden-message' : 'body'}>{message.body ?? t('chat.hidden')}</p>
      <p className="meta">
        <time dateTime={message.createdAt}>{time}</time>
        {mine ? ` · ${read ? t('chat.read') : t('chat.sent')}` : null}
        {!mine && message.body !== null && !reporting ? (
          <Button variant="link" onClick={() => setReporting(true)} aria-label={t('chat.reportLabel', { name: partnerName, time })}>{t('chat.report')}</Button>
        ) : null}
      </p>
      {reporting ? (
        <form className="inline-form" onSubmit={report}>
          <SelectField id={`report-reason-${message.id}`} label={t('report.reason')} value={reason} onChange={(chosen) => setReason(chosen as ReportReason)}>
            {REPORT_REASONS.map((r) => <option key={r} value={r}>{t(`report.reasons.${r}`)}</option>)}
          </SelectField>
          <TextField id={`report-details-${message.id}`} label={t('report.details')} value={details} onChange={setDetails} />
          <div className="actions">
            <Button type="submit" disabled={sendReport.isPending}>{t('report.submit')}</Button>
            <Button variant="secondary" onClick={() => setReporting(false)}>{t('common.cancel')}</Button>
          </div>
        </form>
      ) : null}
      {sendReport.isSuccess ? <Notice kind="success">{t('chat.reported')}</Notice> : null}
      {sendReport.isError ? <Notice kind="error">{describeError(sendReport.error, t)}</Notice> : null}
    </li>
  );
}
