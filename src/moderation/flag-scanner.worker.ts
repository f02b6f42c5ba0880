/**
 * The flag detector on a worker thread (see FlagScanner): each message is a batch of chat message
 * bodies, each answer the flags of that batch, in the order the batches came.
 */
import { parentPort } from 'node:worker_threads';
import { flagBodiesBeforeMeeting } from './domain/flags.js';

const port = parentPort;
if (port === null) throw new Error('flag-scanner.worker runs as a worker thread');
port.on('message', (bodies: string[]) => port.postMessage(flagBodiesBeforeMeeting(bodies)));
