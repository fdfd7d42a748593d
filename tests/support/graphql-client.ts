/** A tiny GraphQL client that keeps one user's session cookie, like a browser would. */
export class GraphQLSession {
  private cookie?: string;

  constructor(private readonly baseUrl: string) {}

  async run<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<{
    data?: T | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  }> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.cookie ? { cookie: this.cookie } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const session = response.headers.getSetCookie().find((c) => c.startsWith('bs_session='));
    if (session) this.cookie = session.split(';')[0];
    return (await response.json()) as {
      data?: T;
      errors?: { message: string; extensions?: Record<string, unknown> }[];
    };
  }

  /** Like `run`, but fails on any error and returns the data. */
  async ok<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<T> {
    const result = await this.run<T>(query, variables);
    if (result.errors?.length || !result.data) {
      throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    }
    return result.data;
  }

  /** The first error's code and message key (for asserting typed errors). */
  static errorOf(result: { errors?: { extensions?: Record<string, unknown> }[] }) {
    const extensions = result.errors?.[0]?.extensions ?? {};
    return {
      code: extensions['code'],
      messageKey: extensions['messageKey'],
      fields: extensions['fields'],
    };
  }
}
