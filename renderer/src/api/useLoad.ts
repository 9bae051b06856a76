import { useCallback, useEffect, useState } from 'react';
import type { Channel, ChannelInput, ChannelOutput } from '../../../electron/contract/channels.js';
import { call } from './transport.js';

export interface Loaded<T> {
  data: T | undefined;
  error: string | null;
  loading: boolean;
  reload(): void;
}

/** Loads a channel's value when the component mounts and whenever `key` changes. */
export function useLoad<C extends Channel>(channel: C, input: ChannelInput<C>, key = ''): Loaded<ChannelOutput<C>> {
  const [state, setState] = useState<{ data?: ChannelOutput<C>; error: string | null; loading: boolean }>({ error: null, loading: true });
  const [version, setVersion] = useState(0);
  const inputKey = JSON.stringify(input);
  useEffect(() => {
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    void call(channel, JSON.parse(inputKey) as ChannelInput<C>).then((result) => {
      if (!current) return;
      setState(result.ok ? { data: result.value, error: null, loading: false } : { error: result.error.message, loading: false });
    });
    return () => {
      current = false;
    };
  }, [channel, inputKey, key, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}
