/** Who is asking: a signed-in user with their platform role, or nobody (anonymous). */
export type Actor = { userId: string; platformRole: 'USER' | 'ADMIN' } | null;
