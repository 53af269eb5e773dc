// Worker entry in plain JavaScript: registers tsx in this thread so the TypeScript worker loads under tsx, vitest or node.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
