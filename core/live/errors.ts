/** A refusal sent to the one socket that asked, as `{type:'error', code, message}` in Chinese. */
import type { ErrorCode } from './protocol';

export class LiveError extends Error {
  constructor(readonly code: ErrorCode, message: string) {
    super(message);
    this.name = 'LiveError';
  }
}

export const refuse = (code: ErrorCode, message: string): never => {
  throw new LiveError(code, message);
};
