import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server for tests (the real protocol, nothing mocked), keeping every message it accepts. */
export interface TestInbox {
  url: string;
  messages: ParsedMail[];
  /** Refuses the next `count` messages to `address` with a temporary error (451), as a busy server would. */
  refuseNext(count: number, address: string): void;
  refused(): number;
  /** Messages to one address, oldest first. */
  to(address: string): ParsedMail[];
  /** Waits for a message to `address` whose `X-Common-Ground-Type` is `type`. */
  waitFor(address: string, type: string, timeoutMs?: number): Promise<ParsedMail>;
  close(): Promise<void>;
}

export function emailType(message: ParsedMail): string {
  const value = message.headers.get('x-common-ground-type');
  return typeof value === 'string' ? value : '';
}

export function recipients(message: ParsedMail): string[] {
  const to = message.to;
  const list = to === undefined ? [] : Array.isArray(to) ? to : [to];
  return list.flatMap((address) => address.value.map((v) => (v.address ?? '').toLowerCase()));
}

export async function startTestInbox(): Promise<TestInbox> {
  const messages: ParsedMail[] = [];
  let toRefuse = 0;
  let refusing = '';
  let refusedCount = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (toRefuse > 0 && address.address.toLowerCase() === refusing) {
        toRefuse -= 1;
        refusedCount += 1;
        const error = Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 });
        callback(error);
        return;
      }
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          messages.push(parsed);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  const inbox: TestInbox = {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    refuseNext: (count, address) => {
      toRefuse = count;
      refusing = address.toLowerCase();
    },
    refused: () => refusedCount,
    to: (address) => messages.filter((m) => recipients(m).includes(address.toLowerCase())),
    async waitFor(address, type, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = inbox.to(address).find((m) => emailType(m) === type);
        if (found !== undefined) return found;
        if (Date.now() > deadline) throw new Error(`no ${type} email reached ${address} within ${timeoutMs} ms (inbox: ${messages.map((m) => `${recipients(m).join(',')} ${emailType(m)}`).join('; ')})`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  return inbox;
}

/** The token in the first link of the text part that carries one. */
export function tokenIn(message: ParsedMail): string {
  const match = /[?&]token=([A-Za-z0-9_-]+)/.exec(message.text ?? '');
  if (match === null) throw new Error(`no token link in: ${message.text}`);
  return match[1];
}

/** The first link to the web client in the text part (verification or reset page). */
export function linkIn(message: ParsedMail, path: string): string {
  const match = new RegExp(`https?://\\S+${path.replace(/[/#?]/g, (c) => `\\${c}`)}\\S*`).exec(message.text ?? '');
  if (match === null) throw new Error(`no ${path} link in: ${message.text}`);
  return match[0];
}

/** A header exactly as sent (mailparser folds `List-*` headers into a structure of its own). */
export function rawHeader(message: ParsedMail, name: string): string | undefined {
  const line = message.headerLines.find((header) => header.key === name.toLowerCase())?.line;
  return line?.slice(line.indexOf(':') + 1).replace(/\r?\n\s+/g, ' ').trim();
}
