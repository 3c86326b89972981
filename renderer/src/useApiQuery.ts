import { useCallback, useEffect, useState } from 'react';
import type { Channel, InputOf, OutputOf } from '../../shared/contract';
import { api, ApiError } from './api';

export interface QueryState<T> {
  data: T | undefined;
  error: ApiError | null;
  loading: boolean;
  reload: () => void;
}

function toApiError(error: unknown, channel: string): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError({ code: 'internal', message: error instanceof Error ? error.message : String(error) }, channel);
}

/**
 * A small useQuery: calls `channel` with `input` whenever the input changes (compared as
 * JSON), drops answers that arrive out of order, and with keepPrevious shows the last
 * answer until the next one arrives (search as you type).
 * `input: null` means "not now".
 */
export function useApiQuery<C extends Channel>(
  channel: C,
  input: InputOf<C> | null,
  options: { keepPrevious?: boolean } = {},
): QueryState<OutputOf<C>> {
  const key = input === null ? null : JSON.stringify(input);
  const [version, setVersion] = useState(0);
  const [state, setState] = useState<{ key: string | null; data: OutputOf<C> | undefined; error: ApiError | null; loading: boolean }>({
    key: null,
    data: undefined,
    error: null,
    loading: key !== null,
  });

  useEffect(() => {
    if (key === null) {
      setState({ key: null, data: undefined, error: null, loading: false });
      return;
    }
    let live = true;
    // Unchanged when already loading (a first call): a new object would render the caller again for nothing.
    setState((s) => (s.loading && s.error === null ? s : { ...s, loading: true, error: null }));
    api.call(channel, JSON.parse(key) as InputOf<C>).then(
      (data) => live && setState({ key, data, error: null, loading: false }),
      (error: unknown) => live && setState((s) => ({ key, data: s.key === key ? s.data : undefined, error: toApiError(error, channel), loading: false })),
    );
    return () => {
      live = false;
    };
  }, [channel, key, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { data: options.keepPrevious || state.key === key ? state.data : undefined, error: state.error, loading: state.loading, reload };
}
