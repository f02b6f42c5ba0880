import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Injectable } from '@nestjs/common';
import webpush from 'web-push';
import { AppConfig } from '../config/app-config.js';

export interface VapidKeyPair {
  publicKey: string;
  privateKey: string;
}

export const VAPID_KEYS_FILE = 'vapid-keys.json';

/**
 * The key pair that signs every push (VAPID, RFC 8292): from VAPID_PUBLIC_KEY/VAPID_PRIVATE_KEY,
 * else generated once into DATA_DIR (readable by the app's user only) and reused on every start,
 * so the browsers' subscriptions stay valid. Creating the file exclusively makes two processes
 * sharing DATA_DIR agree on one pair.
 */
@Injectable()
export class VapidKeys {
  private pair: VapidKeyPair | undefined;

  constructor(private readonly config: AppConfig) {}

  get keys(): VapidKeyPair {
    this.pair ??= this.config.push.vapidKeys ?? loadOrCreate(this.config.dataDir);
    return this.pair;
  }

  get subject(): string {
    return this.config.push.subject;
  }
}

function loadOrCreate(dataDir: string): VapidKeyPair {
  const file = join(dataDir, VAPID_KEYS_FILE);
  mkdirSync(dataDir, { recursive: true });
  try {
    const generated = webpush.generateVAPIDKeys();
    writeFileSync(file, `${JSON.stringify({ publicKey: generated.publicKey, privateKey: generated.privateKey })}\n`, { mode: 0o600, flag: 'wx' });
    return { publicKey: generated.publicKey, privateKey: generated.privateKey };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const stored = JSON.parse(readFileSync(file, 'utf8')) as Partial<VapidKeyPair>;
  if (typeof stored.publicKey !== 'string' || typeof stored.privateKey !== 'string') throw new Error(`${file} does not hold a VAPID key pair; delete it to generate a new one`);
  return { publicKey: stored.publicKey, privateKey: stored.privateKey };
}
