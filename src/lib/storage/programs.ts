// The user's own ice, heat and rest timer programs (built-in presets live in content/).
// A program saved by an older app version that no longer fits is left out.
import { repository } from './repo';

export const { list, get, put, remove } = repository('programs', 'program');
