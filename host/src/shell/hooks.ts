import { useSelector } from 'react-redux';
import type { HostState } from '../store/createHostStore.js';

export const useHostSelector = useSelector.withTypes<HostState>();
