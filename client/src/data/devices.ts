import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { call } from '../api/errors';
import type { components } from '../api/schema';
import { keys } from './keys';

export type Device = components['schemas']['DeviceView'];

/** The person's signed-in devices (live sessions), newest first. */
export function useDevices() {
  return useQuery({
    queryKey: keys.devices(),
    queryFn: ({ signal }) => call(api.GET('/api/me/sessions', { signal })),
  });
}

/** Signs one device out; its open pages lose the session at once. */
export function useEndDevice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call(api.DELETE('/api/me/sessions/{id}', { params: { path: { id } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: keys.devices() }),
  });
}

/** Signs out every device but this one. */
export function useEndOtherDevices() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call(api.DELETE('/api/me/sessions')),
    onSettled: () => queryClient.invalidateQueries({ queryKey: keys.devices() }),
  });
}
