import { setImmediate } from 'node:timers/promises';

/**
 * Lets the event loop run pending I/O. SQLite calls resolve at once, so a long import is one
 * unbroken chain of microtasks: inside the server (the background import) it kept every request
 * waiting (a static page took 12.7 s) until it yielded.
 */
export const yieldToServer = (): Promise<void> => setImmediate();
