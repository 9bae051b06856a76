import { useCallback, useEffect, useState } from 'react';
import type { Channel, ChannelInput, ChannelOutput } from '../../../electron/contract/channels.js';
import { call } from './transport.js';

export interface Loaded<T> {
  /** The latest value; kept while a reload is under way so the screen does not flash empty. */
  data: T | undefined;
  error: string | null;
  /** The main process's messages for the input's fields (a filter's date), by field name. */
  fields: Readonly<Record<string, string>>;
  loading: boolean;
  reload(): void;
}

const NO_FIELDS: Readonly<Record<string, string>> = {};

/** Loads a channel's value when the component mounts and whenever its input or `key` changes. */
export function useLoad<C extends Channel>(channel: C, input: ChannelInput<C>, key = ''): Loaded<ChannelOutput<C>> {
  const [version, setVersion] = useState(0);
  const inputJson = JSON.stringify(input);
  const requestKey = `${channel}|${inputJson}|${key}|${version}`;
  const [state, setState] = useState<{ key: string; data?: ChannelOutput<C>; error: string | null; fields?: Record<string, string> }>({ key: '', error: null });
  useEffect(() => {
    let current = true;
    void call(channel, JSON.parse(inputJson) as ChannelInput<C>).then((result) => {
      if (!current) return;
      setState((previous) =>
        result.ok
          ? { key: requestKey, data: result.value, error: null }
          : { key: requestKey, data: previous.data, error: result.error.message, fields: result.error.fields ?? {} },
      );
    });
    return () => {
      current = false;
    };
  }, [channel, inputJson, requestKey]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { data: state.data, error: state.error, fields: state.fields ?? NO_FIELDS, loading: state.key !== requestKey, reload };
}
