/** What a failed practice sync tells the learner: not logged in, no network, or a server error. */
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../site/scripts/learner/api';
import { stateOfError } from '../../../site/scripts/learner/auto-sync';

describe('stateOfError', () => {
  it('reads 401/403 as not logged in, a network failure as offline, anything else as failed', () => {
    expect(stateOfError(new ApiError('请先登录。', 401, null))).toBe('anonymous');
    expect(stateOfError(new ApiError('没有权限', 403, null))).toBe('anonymous');
    expect(stateOfError(new ApiError('网络连接失败', 0, null))).toBe('offline');
    expect(stateOfError(new ApiError('服务器出错了', 500, null))).toBe('failed');
    expect(stateOfError(new Error('boom'))).toBe('failed');
  });
});
