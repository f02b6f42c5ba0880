import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer/index.js';
import { AppConfig } from '../config/app-config.js';

export interface OutgoingEmail {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  attachments: Array<{ filename: string; content: string; contentType: string }>;
}

export interface SentEmail {
  messageId: string;
  /** The SMTP server's answer, or the file the email was written to. */
  response: string;
}

/**
 * Where email goes: the SMTP server of `SMTP_URL`, or, without one, an `.eml` file per email under
 * `DATA_DIR/outbox/` (written to a temporary name and renamed, so a reader never sees half a file).
 */
@Injectable()
export class MailTransport implements OnModuleDestroy {
  private readonly logger = new Logger('MailTransport');
  private readonly transporter: Transporter;
  private readonly outboxDir: string | null;

  constructor(private readonly config: AppConfig) {
    const smtpUrl = config.mail.smtpUrl;
    if (smtpUrl !== undefined) {
      this.transporter = nodemailer.createTransport(smtpUrl);
      this.outboxDir = null;
    } else {
      this.transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
      this.outboxDir = join(config.dataDir, 'outbox');
      this.logger.log(`SMTP_URL is not set: emails are written to ${this.outboxDir}`);
    }
  }

  async send(email: OutgoingEmail): Promise<SentEmail> {
    const messageId = `<${email.id}@common-ground>`;
    const message: Mail.Options = {
      from: this.config.mail.from,
      to: email.to,
      subject: email.subject,
      text: email.text,
      html: email.html,
      messageId,
      headers: email.headers,
      attachments: email.attachments,
    };
    const info = (await this.transporter.sendMail(message)) as { response?: string; message?: Buffer };
    if (this.outboxDir === null) return { messageId, response: String(info.response ?? '') };
    if (!Buffer.isBuffer(info.message)) throw new Error('the message could not be built');
    await mkdir(this.outboxDir, { recursive: true });
    const file = join(this.outboxDir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${email.id}.eml`);
    const temporary = `${file}.tmp`;
    await writeFile(temporary, info.message);
    await rename(temporary, file);
    return { messageId, response: `written to ${file}` };
  }

  onModuleDestroy(): void {
    this.transporter.close();
  }
}
