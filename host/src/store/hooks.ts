import { useSelector } from 'react-redux';
import type { HostState } from './createHostStore.js';

export const useHostSelector = useSelector.withTypes<HostState>();
