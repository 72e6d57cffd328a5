import type { CollectionAfterReadHook, Config, SanitizedConfig } from 'payload';
import { isStaff } from '../access/roles';
import { relationId } from '../relation';

type LockUser = { relationTo: string; value: number | string | { id: number | string } } | null | undefined;

/**
 * Who holds a document lock, as Payload's lock notice shows it. The notice prints the holder's
 * `email`, or "用户: 3" (a bare id) when the reader may not read that account — and only admins
 * read other staff accounts. So a staff member reading a lock gets the holder as `{ id, email }`
 * with the holder's name and unit in `email`: "王芳（市市场监管局）". Nothing else of the account
 * is shown, and learners get the lock as Payload gives it.
 */
export const lockHolderName: CollectionAfterReadHook = async ({ doc, req }) => {
  const ref = doc.user as LockUser;
  if (!isStaff(req.user) || ref?.relationTo !== 'users') return doc;
  const id = relationId(ref.value);
  const holder = await req.payload.findByID({ collection: 'users', id, depth: 1, overrideAccess: true, disableErrors: true, req });
  if (!holder) return doc;
  const agency = typeof holder.agency === 'object' && holder.agency ? (holder.agency.shortName ?? holder.agency.name) : null;
  return { ...doc, user: { relationTo: 'users', value: { id, email: agency ? `${holder.name}（${agency}）` : holder.name } } };
};

type AfterErrorHook = NonNullable<NonNullable<Config['hooks']>['afterError']>[number];

/** Payload's English answer to a save or delete of a document someone else holds (423), in Chinese. */
export const LOCKED_MESSAGE = '该文档正在由其他人编辑（已锁定），暂时不能修改或删除；请稍后再试，或在编辑页选择“接管”。';

const lockedInChinese: AfterErrorHook = ({ error }) =>
  (error as { status?: unknown }).status === 423 ? { response: { errors: [{ message: LOCKED_MESSAGE }] }, status: 423 } : undefined;

/**
 * Document locks in Chinese: adds `lockHolderName` to Payload's own locked-documents collection,
 * which exists only in the sanitized config (plugins run before it is added), and answers a
 * refusal for a locked document in Chinese. Use as `buildConfig({…}).then(withLockHolderNames)`.
 */
export function withLockHolderNames(config: SanitizedConfig): SanitizedConfig {
  const locks = config.collections.find((c) => c.slug === 'payload-locked-documents');
  if (locks) (locks.hooks.afterRead ??= []).push(lockHolderName);
  config.hooks = { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), lockedInChinese] };
  return config;
}
