/** What `grant-platform-admin` does, in one transaction of the caller's. */
export type Query = (sql: string, values?: unknown[]) => Promise<{ rows: any[] }>;

/** Sets whether the account with `email` is a platform admin and audits it; false when there is no such account. */
export async function setPlatformAdmin(query: Query, email: string, grant: boolean): Promise<boolean> {
  const { rows } = await query(`SELECT id, is_platform_admin FROM users WHERE email = $1 FOR UPDATE`, [email.trim().toLowerCase()]);
  if (!rows.length) return false;
  const [user] = rows;
  await query(`UPDATE users SET is_platform_admin = $2 WHERE id = $1`, [user.id, grant]);
  await query(`INSERT INTO audit_log (actor_id, action, entity_type, entity_id, before, after) VALUES (NULL, $1, 'user', $2, $3, $4)`, [
    grant ? 'PLATFORM_ADMIN_GRANTED' : 'PLATFORM_ADMIN_REVOKED',
    user.id,
    { isPlatformAdmin: user.is_platform_admin },
    { isPlatformAdmin: grant },
  ]);
  return true;
}
