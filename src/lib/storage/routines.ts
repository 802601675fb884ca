// The user's own stretch routines (built-ins live in content/ and are never stored).
// A routine saved by an older app version that no longer fits is left out.
import { repository } from './repo';

export const { list, get, put, remove } = repository('routines', 'routine');
