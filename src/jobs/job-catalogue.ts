/**
 * Every background job the app runs, in one place: what it does, when it runs, and how a failure
 * is retried. Feature modules register the handler for their job (JobQueue.handle); the queue is
 * pg-boss, on the app's own PostgreSQL.
 */
export const JOB_NAMES = [
  'matches.expire-proposals',
  'matches.end-finished',
  'check-ins.send-due',
  'meetups.send-reminders',
  'moderation.end-suspensions',
  'auth.sweep-sign-in-records',
  'matching.run-round',
  'events.deliver-pending',
  'email.send',
  'push.send',
  'email.nudges',
  'email.chat-unread',
  'privacy.apply-retention',
  'vetting.remind-expiring',
] as const;

export type JobName = (typeof JOB_NAMES)[number];

export interface JobDefinition {
  name: JobName;
  description: string;
  /** A cron expression (minute resolution, UTC); null: the job runs when something sends it. */
  schedule: string | null;
  /** Attempts after the first failure, spaced by retryDelaySeconds growing exponentially. */
  retryLimit: number;
  retryDelaySeconds: number;
  /** A run still active after this long is taken as dead (its process stopped) and retried. */
  expireInSeconds: number;
  /** How many runs one process works on at once (default 1). */
  concurrency?: number;
}

export const JOB_CATALOGUE: Readonly<Record<JobName, JobDefinition>> = {
  'matches.expire-proposals': {
    name: 'matches.expire-proposals',
    description: 'Expires match proposals nobody answered within MATCH_PROPOSAL_TTL_DAYS',
    schedule: '*/5 * * * *',
    retryLimit: 3,
    retryDelaySeconds: 30,
    expireInSeconds: 15 * 60,
  },
  'matches.end-finished': {
    name: 'matches.end-finished',
    description: "Tells both people two weeks before a programme's matchWeeks end their match, then ends it",
    schedule: '*/5 * * * *',
    retryLimit: 3,
    retryDelaySeconds: 30,
    expireInSeconds: 15 * 60,
  },
  'check-ins.send-due': {
    name: 'check-ins.send-due',
    description: "Tells both people of an active match that a check-in is due, every programme's checkInWeeks",
    schedule: '*/5 * * * *',
    retryLimit: 3,
    retryDelaySeconds: 30,
    expireInSeconds: 15 * 60,
  },
  'meetups.send-reminders': {
    name: 'meetups.send-reminders',
    description: 'Sends meetup reminders 24 h and 1 h before each confirmed meetup',
    schedule: '* * * * *',
    retryLimit: 3,
    retryDelaySeconds: 10,
    expireInSeconds: 5 * 60,
  },
  'moderation.end-suspensions': {
    name: 'moderation.end-suspensions',
    description: 'Lifts suspensions whose term has ended',
    schedule: '* * * * *',
    retryLimit: 3,
    retryDelaySeconds: 10,
    expireInSeconds: 5 * 60,
  },
  'auth.sweep-sign-in-records': {
    name: 'auth.sweep-sign-in-records',
    description: 'Deletes failed-login records past the limit window and ended sessions',
    schedule: '17 * * * *',
    retryLimit: 3,
    retryDelaySeconds: 60,
    expireInSeconds: 15 * 60,
  },
  'matching.run-round': {
    name: 'matching.run-round',
    description: 'Computes a matching round a coordinator started and writes its proposals',
    schedule: null,
    retryLimit: 2,
    retryDelaySeconds: 30,
    expireInSeconds: 60 * 60,
    // Rounds of different programmes run side by side; one programme's are kept apart by its round lock.
    concurrency: 2,
  },
  'events.deliver-pending': {
    name: 'events.deliver-pending',
    description: 'Delivers domain events whose after-commit delivery did not happen (the process stopped, or a listener failed); deletes delivered ones after a week',
    schedule: '* * * * *',
    retryLimit: 3,
    retryDelaySeconds: 10,
    expireInSeconds: 10 * 60,
  },
  'email.send': {
    name: 'email.send',
    description: 'Sends one queued email (SMTP_URL, or an .eml file under DATA_DIR/outbox); a refused or failed send is retried with backoff and kept as failed with the server\'s answer after the last try',
    schedule: null,
    retryLimit: 10,
    retryDelaySeconds: 5,
    expireInSeconds: 5 * 60,
  },
  'push.send': {
    name: 'push.send',
    description: "Sends one Web Push notification to one of a person's devices (encrypted, VAPID-signed); a failure is retried with backoff, and a subscription the push service calls gone (404/410) is deleted",
    schedule: null,
    retryLimit: 5,
    retryDelaySeconds: 10,
    expireInSeconds: 5 * 60,
    concurrency: 2,
  },
  'email.nudges': {
    name: 'email.nudges',
    description: 'Queues the nudges: profile incomplete 3 days after sign-up, proposal unanswered for 3 days (each once per occasion)',
    schedule: '*/15 * * * *',
    retryLimit: 3,
    retryDelaySeconds: 30,
    expireInSeconds: 10 * 60,
  },
  'email.chat-unread': {
    name: 'email.chat-unread',
    description: 'Queues chat.unread emails: unread messages for 15 minutes and no connected socket, at most one per conversation an hour',
    schedule: '*/5 * * * *',
    retryLimit: 3,
    retryDelaySeconds: 30,
    expireInSeconds: 10 * 60,
  },
  'privacy.apply-retention': {
    name: 'privacy.apply-retention',
    description: 'Keeps less, for less long: erases message text and check-in comments RETENTION_MESSAGE_DAYS after their match ended (not while a report on it is open), deletes notifications older than RETENTION_NOTIFICATION_DAYS and sent or failed email records older than RETENTION_EMAIL_DAYS',
    schedule: '41 3 * * *',
    retryLimit: 3,
    retryDelaySeconds: 300,
    expireInSeconds: 60 * 60,
  },
  'vetting.remind-expiring': {
    name: 'vetting.remind-expiring',
    description: "Emails each organisation's coordinators about volunteers' checks expiring within 30 days, once per check and expiry day (a renewed check with a new expiry is reminded again)",
    schedule: '7 6 * * *',
    retryLimit: 3,
    retryDelaySeconds: 300,
    expireInSeconds: 30 * 60,
  },
};
