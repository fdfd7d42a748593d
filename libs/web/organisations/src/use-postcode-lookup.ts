import { useApolloClient } from '@apollo/client/react';
import { describeApiError, type PostcodeLookupQuery as Result } from '@bs/web/data-access';
import type { TranslationKey } from '@bs/web/i18n';
import { useCallback, useRef, useState } from 'react';
import { PostcodeLookupQuery } from './graphql/geocoding.query';

export type PostcodeLookup = Result['postcode'];

export type PostcodeLookupState =
  | { status: 'idle' }
  | { status: 'loading'; postcode: string }
  | { status: 'found'; postcode: string; lookup: PostcodeLookup }
  | { status: 'failed'; postcode: string; messageKey: TranslationKey };

export const isPostcode = (value: string) => /^\d{5}$/.test(value);

/**
 * Looks German postcodes up (offline data on the API). Only a five-digit postcode is asked
 * for; an answer for a postcode that is no longer the latest one is ignored.
 */
export function usePostcodeLookup() {
  const client = useApolloClient();
  const [state, setState] = useState<PostcodeLookupState>({ status: 'idle' });
  const latest = useRef('');

  const lookUp = useCallback(
    async (value: string): Promise<PostcodeLookup | null> => {
      const postcode = value.trim();
      latest.current = postcode;
      if (!isPostcode(postcode)) {
        setState({ status: 'idle' });
        return null;
      }
      setState({ status: 'loading', postcode });
      const { data, error } = await client.query({
        query: PostcodeLookupQuery,
        variables: { postcode },
        errorPolicy: 'all',
      });
      if (latest.current !== postcode) return null;
      if (data?.postcode && !error) {
        setState({ status: 'found', postcode, lookup: data.postcode });
        return data.postcode;
      }
      setState({
        status: 'failed',
        postcode,
        messageKey: error ? describeApiError(error) : 'errors.unknown',
      });
      return null;
    },
    [client],
  );

  return { state, lookUp };
}
